// npm run bench:cluster: throughput of the story page through nginx with 1, 2 and 4 instances,
// beside one instance reached directly, all on this machine (autocannon on loopback, bounded:
// BENCH_SECONDS per target, BENCH_CONNECTIONS connections). Pages come from nginx's cache after
// the first request, so the instances matter most for what nginx does not cache (the API).
import autocannon from "autocannon";
import { startCluster } from "./cluster.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGETS = [
  ["story /en", "/en"],
  ["API region=GB", "/api/helplines?region=GB"],
];

function run(url, path) {
  return new Promise((resolve, reject) =>
    autocannon({ url: url + path, connections: CONNECTIONS, duration: SECONDS, headers: { "accept-encoding": "br" } }, (e, r) =>
      e ? reject(e) : resolve(r),
    ),
  );
}

const rows = [];
for (const instances of [1, 2, 4]) {
  const cluster = await startCluster({ instances, port: 8480, basePort: 8580 });
  try {
    for (const [label, path] of TARGETS) {
      if (instances === 1) {
        const direct = await run(`http://127.0.0.1:${cluster.instances()[0].port}`, path);
        rows.push({ setup: "1 instance, direct", label, direct });
      }
      const r = await run(cluster.url, path);
      rows.push({ setup: `nginx + ${instances} instance${instances > 1 ? "s" : ""}`, label, direct: r });
    }
  } finally {
    await cluster.close();
  }
}

console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per target, loopback, ${(await import("node:os")).cpus().length} cores\n`);
console.log("setup                   target            req/s     p50 ms  p99 ms  errors  non-2xx");
for (const { setup, label, direct: r } of rows) {
  console.log(
    `${setup.padEnd(23)} ${label.padEnd(16)} ${String(Math.round(r.requests.average)).padStart(7)}   ${String(r.latency.p50).padStart(6)}  ${String(r.latency.p99).padStart(6)}  ${String(r.errors + r.timeouts).padStart(6)}  ${String(r.non2xx).padStart(7)}`,
  );
}
