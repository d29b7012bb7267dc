// npm run bench: load on loopback (autocannon) against the production server: the story page, a
// region page and the API, with two references measured in the same run: a bare Next.js page of
// the same version (the framework's floor) and the story's HTML served from memory by a minimal
// Node server (the ceiling). Then the region lookup at 1k/10k/100k helplines.
// Settings: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50).
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
const PORTS = { site: 3301, bare: 3302, memory: 3303 };

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
  // next start runs the server in a child process: sum the tree's resident memory.
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

async function load(name, url) {
  await autocannon({ url, connections: 10, duration: 2 }); // warm up
  const r = await autocannon({ url, connections, duration: seconds });
  return {
    name,
    url,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    total: r.requests.total,
  };
}

const site = startNext(null, PORTS.site);
const bare = startNext(bareDir, PORTS.bare);
let memoryServer;
try {
  await waitFor(`http://127.0.0.1:${PORTS.site}/en`);
  await waitFor(`http://127.0.0.1:${PORTS.bare}/`);
  const storyHtml = await (await fetch(`http://127.0.0.1:${PORTS.site}/en`)).text();
  memoryServer = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(storyHtml) });
    res.end(storyHtml);
  });
  await new Promise((r) => memoryServer.listen(PORTS.memory, "127.0.0.1", r));

  const rssBefore = rssOf(site.pid);
  const sizeOf = async (url) => (await (await fetch(url)).arrayBuffer()).byteLength;
  const results = [];
  results.push(await load("bare Next.js page, one heading (floor)", `http://127.0.0.1:${PORTS.bare}/`));
  results.push(await load("bare Next.js page, the story's words", `http://127.0.0.1:${PORTS.bare}/story`));
  results.push(await load("story page /en", `http://127.0.0.1:${PORTS.site}/en`));
  results.push(await load("region page /en/helplines/gb", `http://127.0.0.1:${PORTS.site}/en/helplines/gb`));
  results.push(await load("API /api/helplines?region=GB", `http://127.0.0.1:${PORTS.site}/api/helplines?region=GB`));
  results.push(await load("story HTML from memory (ceiling)", `http://127.0.0.1:${PORTS.memory}/`));
  const rssPeak = rssOf(site.pid);
  await new Promise((r) => setTimeout(r, 5000));
  const rssAfter = rssOf(site.pid);
  const healthy = (await fetch(`http://127.0.0.1:${PORTS.site}/api/regions`)).status === 200;

  const floor = results[0].rps;
  const sameSize = results[1].rps;
  const ceiling = results[5].rps;
  console.log(`\nLoad: ${connections} connections, ${seconds} s each, loopback, one run (compare ratios, not absolute numbers).`);
  console.log("| target | bytes | req/s | p50 ms | p99 ms | errors | vs bare Next | vs bare, same words | vs memory |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    const bytes = await sizeOf(r.url);
    console.log(
      `| ${r.name} | ${bytes} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${(r.rps / floor).toFixed(2)} | ${(r.rps / sameSize).toFixed(2)} | ${(r.rps / ceiling).toFixed(2)} |`,
    );
  }
  console.log(
    `\nServer memory (RSS): ${rssBefore} MB before, ${rssPeak} MB after the load, ${rssAfter} MB 5 s later; healthy after: ${healthy}`,
  );

  const story = results[2];
  console.log(
    `Story page vs the one-heading bare page: ${((story.rps / floor) * 100).toFixed(0)}% (a page of ${await sizeOf(story.url)} bytes against one of ${await sizeOf(results[0].url)}).`,
  );
  const bars = [
    ["zero errors", results.every((r) => r.errors === 0)],
    ["pages p99 < 100 ms", results.slice(2, 4).every((r) => r.p99 < 100)],
    ["story ≥ 80% of a bare Next page with the same words", story.rps / sameSize >= 0.8],
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
  bare.kill("SIGTERM");
  memoryServer?.close();
}
