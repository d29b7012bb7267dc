// npm run bench: load on loopback (autocannon) against the production server (server/main.mjs,
// what npm start runs): the story page, a region page and the API, with references measured in
// the same run: a bare Next.js page of the same version (the framework's floor), the story
// rendered by Next's own handler (next start on the same build: what the production server
// avoids for prerendered pages), and the story's HTML served from memory by a minimal Node server
// (the ceiling). Then whether the server's memory comes back after the load, and the region
// lookup at 1k/10k/100k helplines.
// Settings: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50).
import { probeReports } from "./probe-reports.mjs";
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { prepare } from "./prepare.mjs";

const root = path.resolve(import.meta.dirname, "..");
const next = path.join(root, "node_modules", ".bin", "next");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORTS = { site: 3301, bare: 3302, memory: 3303, nextStart: 3304 };

prepare();
const bareDir = path.join(root, "bench", "bare-next");

// The bare reference app has two pages: "/" (one heading: the framework's floor) and "/story"
// (the story page's own words, so that a page of the same size is compared too).
function storyParagraphs() {
  const html = fs.readFileSync(path.join(root, ".next", "server", "app", "en.html"), "utf8");
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? "";
  return main
    .split(/<\/(?:p|h1|h2|h3|li|figcaption|blockquote)>/)
    .map((chunk) =>
      chunk
        .replace(/<[^>]+>/g, "")
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, "&")
        .trim(),
    )
    .filter(Boolean);
}
const contentFile = path.join(bareDir, "content.json");
const content = JSON.stringify({ paragraphs: storyParagraphs() });
const stale =
  !fs.existsSync(contentFile) ||
  fs.readFileSync(contentFile, "utf8") !== content ||
  !fs.existsSync(path.join(bareDir, ".next", "BUILD_ID"));
if (stale) {
  fs.writeFileSync(contentFile, content);
  console.log("Building the bare Next.js reference pages …");
  const r = spawnSync(next, ["build", bareDir], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) process.exit(1);
}

function startNext(dir, port) {
  const child = spawn(next, ["start", ...(dir ? [dir] : []), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return child;
}

// The production server with the probe (scripts/process-probe.mjs) loaded, and --expose-gc so that
// its memory report (SIGUSR2) is taken after a full collection: what it really keeps, not garbage
// not yet swept.
function startSite(port) {
  const probe = path.join(root, "scripts", "process-probe.mjs");
  const child = spawn(process.execPath, ["--expose-gc", "--import", probe, path.join(root, "server", "main.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOSTNAME_BIND: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.memory = probeReports(child);
  return child;
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

function rssOf(pid) {
  // Resident memory of a process and its children (next start serves from a child process).
  let total = 0;
  const walk = (p) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
      children.forEach(walk);
    } catch {}
  };
  walk(pid);
  return Math.round(total / 1024); // MB
}

async function load(name, url, headers = {}) {
  await autocannon({ url, headers, connections: 10, duration: 2 }); // warm up
  const r = await autocannon({ url, headers, connections, duration: seconds });
  return {
    name,
    url,
    headers,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    total: r.requests.total,
  };
}

const MB = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const site = startSite(PORTS.site);
const nextStart = startNext(null, PORTS.nextStart);
const bare = startNext(bareDir, PORTS.bare);
let memoryServer;
try {
  await waitFor(`http://127.0.0.1:${PORTS.site}/en`);
  await waitFor(`http://127.0.0.1:${PORTS.nextStart}/en`);
  await waitFor(`http://127.0.0.1:${PORTS.bare}/`);
  // The ceiling runs in its own process, like the servers it is compared with (in this process it
  // would share one thread with autocannon).
  const storyFile = path.join(root, ".next", "bench-story.html");
  fs.writeFileSync(storyFile, Buffer.from(await (await fetch(`http://127.0.0.1:${PORTS.site}/en`)).arrayBuffer()));
  memoryServer = spawn(
    process.execPath,
    [
      "-e",
      `const html = require("fs").readFileSync(${JSON.stringify(storyFile)});
       require("http").createServer((req, res) => {
         res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
         res.end(html);
       }).listen(${PORTS.memory}, "127.0.0.1");`,
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  await waitFor(`http://127.0.0.1:${PORTS.memory}/`);

  const targets = [
    ["bare Next.js page, one heading (floor)", `http://127.0.0.1:${PORTS.bare}/`],
    ["bare Next.js page, the story's words", `http://127.0.0.1:${PORTS.bare}/story`],
    ["story page /en", `http://127.0.0.1:${PORTS.site}/en`],
    ["story page /en, Brotli (as browsers ask)", `http://127.0.0.1:${PORTS.site}/en`, { "accept-encoding": "br, gzip" }],
    ["region page /en/helplines/gb", `http://127.0.0.1:${PORTS.site}/en/helplines/gb`],
    ["API /api/helplines?region=GB", `http://127.0.0.1:${PORTS.site}/api/helplines?region=GB`],
    ["story rendered by Next's handler (next start)", `http://127.0.0.1:${PORTS.nextStart}/en`],
    ["story HTML from memory (ceiling)", `http://127.0.0.1:${PORTS.memory}/`],
  ];
  // Bytes on the wire (fetch would decompress, so ask with a plain request).
  const sizeOf = (url, headers = {}) =>
    new Promise((resolve, reject) =>
      http
        .get(url, { headers }, (res) => {
          let bytes = 0;
          res.on("data", (chunk) => (bytes += chunk.length));
          res.on("end", () => resolve(bytes));
        })
        .on("error", reject),
    );
  // Memory is compared from a warm server: every target asked once, so the modules it loads
  // and the page cache are in place before the "before" reading.
  for (const [, url, headers] of targets) if (url.includes(`:${PORTS.site}/`)) await sizeOf(url, headers);
  const before = await site.memory();

  const results = [];
  for (const [name, url, headers] of targets) results.push(await load(name, url, headers));
  const peak = await site.memory();

  // V8 gives back the heap it grew under load once the server is idle for a while (its memory
  // reducer, after some tens of seconds); wait up to 90 s for resident memory to come back
  // within 10% of where it started.
  const near = (value, start) => value <= start * 1.1;
  const started = Date.now();
  // Polled from /proc, not with SIGUSR2: a forced collection every poll would change what is measured.
  while (!near(rssOf(site.pid) * 1024 * 1024, before.rss) && Date.now() - started < 90_000) {
    await new Promise((r) => setTimeout(r, 2000));
  }
  const after = await site.memory();
  const recoveredIn = ((Date.now() - started) / 1000).toFixed(0);
  const healthy = (await fetch(`http://127.0.0.1:${PORTS.site}/api/regions`)).status === 200;

  const byName = (prefix) => results.find((r) => r.name.startsWith(prefix));
  const floor = results[0].rps;
  const sameSize = results[1].rps;
  const ceiling = results.at(-1).rps;
  console.log(`\nLoad: ${connections} connections, ${seconds} s each, loopback, one run (compare ratios, not absolute numbers).`);
  console.log("| target | bytes | req/s | p50 ms | p99 ms | errors | vs bare Next | vs bare, same words | vs memory |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    const bytes = await sizeOf(r.url, r.headers);
    console.log(
      `| ${r.name} | ${bytes} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${(r.rps / floor).toFixed(2)} | ${(r.rps / sameSize).toFixed(2)} | ${(r.rps / ceiling).toFixed(2)} |`,
    );
  }
  console.log(
    `\nServer memory (after a full GC): heap used ${MB(before.heapUsed)} MB before the load, ${MB(peak.heapUsed)} MB after it, ${MB(after.heapUsed)} MB at the end;` +
      ` resident ${MB(before.rss)} MB before, ${MB(peak.rss)} MB after the load, ${MB(after.rss)} MB ${recoveredIn} s later;` +
      ` event loop delay under the load: max ${peak.eventLoop.maxMs} ms, p99 ${peak.eventLoop.p99Ms} ms.` +
      ` Healthy after: ${healthy}.`,
  );

  const story = byName("story page /en");
  const pages = [story, byName("story page /en, Brotli"), byName("region page")];
  console.log(`Story page vs the one-heading bare page: ${((story.rps / floor) * 100).toFixed(0)}%.`);
  const bars = [
    ["zero errors", results.every((r) => r.errors === 0)],
    ["pages p99 < 100 ms", pages.every((r) => r.p99 < 100)],
    ["story ≥ 80% of the bare Next page's rate", story.rps / floor >= 0.8],
    ["heap kept after the load within 15% of before", after.heapUsed <= before.heapUsed * 1.15],
    ["resident memory back within 10% of before", near(after.rss, before.rss)],
    ["server healthy after load", healthy],
  ];
  for (const [label, ok] of bars) console.log(`${ok ? "✓" : "✗"} ${label}`);

  const lookup = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-lookup.ts"], {
    cwd: root,
    stdio: "inherit",
  });
  if (bars.some(([, ok]) => !ok) || lookup.status !== 0) process.exitCode = 1;
} finally {
  site.kill("SIGTERM");
  nextStart.kill("SIGTERM");
  bare.kill("SIGTERM");
  memoryServer?.kill("SIGTERM");
}
