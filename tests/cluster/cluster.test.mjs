// npm run test:cluster: nginx in front of two instances (scripts/cluster.mjs), under a bounded
// autocannon load on loopback: an instance killed with SIGKILL and restarted, one stopped with
// SIGTERM, and a rolling data release, with no failed reader request; and the smoke test through
// nginx. It builds the site first if the build is missing or stale.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import autocannon from "autocannon";
import { startCluster } from "../../scripts/cluster.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const PORT = Number(process.env.CLUSTER_TEST_PORT ?? 8380);
let cluster;

before(async () => {
  cluster = await startCluster({ instances: 2, port: PORT, build: true, dir: path.join(os.tmpdir(), `steady-cluster-${process.pid}`) });
});
after(async () => {
  await cluster?.close();
});

const READER_PATHS = [
  "/en",
  "/ar/explainers/cardiophobia",
  "/en/helplines/gb",
  "/fr/helplines/fr",
  "/api/helplines?region=GB",
  "/api/regions",
];

/** A bounded load (connections × seconds) over the reader paths; resolves with autocannon's result. */
function load({ seconds = 6, connections = 8 } = {}) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: cluster.url,
        connections,
        duration: seconds,
        requests: READER_PATHS.map((p) => ({ method: "GET", path: p, headers: { "accept-encoding": "br, gzip" } })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const failures = (r) => ({ errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, total: r.requests.total });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test("through nginx: the story, a region page and the API, each page with its own CSP, no cookies, pages cached", async () => {
  const [direct] = cluster.instances();
  for (const p of ["/en", "/en/explainers/cardiophobia", "/en/helplines/gb"]) {
    const viaNginx = await fetch(cluster.url + p);
    const viaInstance = await fetch(`http://127.0.0.1:${direct.port}${p}`);
    assert.equal(viaNginx.status, 200, p);
    assert.equal(viaNginx.headers.get("set-cookie"), null, p);
    const csp = viaNginx.headers.get("content-security-policy");
    assert.match(csp, /script-src 'self' 'sha256-/, p);
    assert.equal(csp, viaInstance.headers.get("content-security-policy"), `${p}: the page's own policy passes through unchanged`);
    assert.equal(viaNginx.headers.get("strict-transport-security"), viaInstance.headers.get("strict-transport-security"));
    await viaInstance.arrayBuffer();
    const again = await fetch(cluster.url + p);
    assert.equal(again.headers.get("x-cache"), "HIT", `${p} is served from nginx's cache the second time`);
  }
  const api = await fetch(`${cluster.url}/api/helplines?region=GB`);
  assert.equal(api.status, 200);
  assert.equal((await api.json()).region.code, "GB");
  // Each page's own hashes, not one shared policy.
  const a = (await fetch(`${cluster.url}/en`)).headers.get("content-security-policy");
  const b = (await fetch(`${cluster.url}/en/about`)).headers.get("content-security-policy");
  assert.notEqual(a, b);
});

test("nginx refuses what the app would refuse, with the same status codes", async () => {
  const post = await fetch(`${cluster.url}/en`, { method: "POST", body: "x" });
  assert.equal(post.status, 405);
  const apiPost = await fetch(`${cluster.url}/api/regions`, { method: "POST" });
  assert.equal(apiPost.status, 405);
  assert.deepEqual(Object.keys(await apiPost.json()), ["error"]);
  const big = await fetch(`${cluster.url}/en`, { headers: { "x-junk": "y".repeat(40_000) } });
  assert.ok(big.status === 400 || big.status === 431 || big.status === 494, `oversized headers: ${big.status}`);
  const body = await fetch(`${cluster.url}/api/regions`, { method: "PUT", body: "z".repeat(5000) });
  assert.ok(body.status === 413 || body.status === 405, `a body on a page route: ${body.status}`);
});

test("an instance killed with SIGKILL under load, then restarted: no reader request fails", async () => {
  const running = load({ seconds: 7 });
  await sleep(2000);
  await cluster.kill(0);
  await sleep(2000);
  await cluster.restart(0);
  const result = await running;
  await sleep(4000); // nginx takes it back after fail_timeout
  assert.ok(result.requests.total > 200, `load was applied (${result.requests.total} requests)`);
  assert.deepEqual(failures(result), { errors: 0, timeouts: 0, non2xx: 0, total: result.requests.total });
  assert.ok(cluster.instances().every((s) => s.alive));
});

test("an instance stopped with SIGTERM finishes the requests in flight: no reader request fails", async () => {
  const running = load({ seconds: 5 });
  await sleep(1500);
  await cluster.stop(1);
  const result = await running;
  await cluster.restart(1);
  await sleep(4000); // nginx takes it back after fail_timeout
  assert.deepEqual(failures(result), { errors: 0, timeouts: 0, non2xx: 0, total: result.requests.total });
});

test("a rolling data release: each instance in turn takes the new data; readers never see an error or a mix within one answer", async () => {
  // The new release: the same data with one helpline renamed, imported into a new database file.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-release-"));
  fs.cpSync(path.join(root, "prisma", "data", "regions"), dataDir, { recursive: true });
  const gbFile = path.join(dataDir, "gb.json");
  const gb = JSON.parse(fs.readFileSync(gbFile, "utf8"));
  const oldName = gb.helplines[0].name;
  const newName = `${oldName} (release 2)`;
  gb.helplines[0].name = newName;
  fs.writeFileSync(gbFile, JSON.stringify(gb, null, 2));
  const release = path.join(dataDir, "release.db");
  fs.copyFileSync(cluster.databaseOf(0), release);
  execFileSync(path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed.ts", "--dir", dataDir, "--force"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${release}` },
    stdio: "ignore",
  });

  // Readers keep asking while the release rolls: every answer names the old line or the new one.
  const seen = new Set();
  let stop = false;
  let errors = 0;
  const reader = (async () => {
    while (!stop) {
      try {
        const r = await fetch(`${cluster.url}/api/helplines?region=GB`);
        if (r.status !== 200) errors++;
        const names = (await r.json()).helplines.map((h) => h.name);
        const has = [names.includes(oldName), names.includes(newName)];
        if (has[0] === has[1]) errors++; // both or neither: a mixed or broken answer
        seen.add(has[1] ? "new" : "old");
      } catch {
        errors++;
      }
    }
  })();
  // The rolling order: one instance at a time is stopped gracefully, given the new files and
  // started again; nginx sends its readers to the others meanwhile. Before the next one stops,
  // nginx must have taken this one back: it skips a failed instance for fail_timeout (3 s).
  for (let i = 0; i < 2; i++) {
    await cluster.stop(i);
    fs.copyFileSync(release, cluster.databaseOf(i));
    await cluster.restart(i);
    await sleep(4000);
  }
  stop = true;
  await reader;
  assert.equal(errors, 0);
  assert.ok(seen.has("old") && seen.has("new"), `readers saw ${[...seen]}`);
  for (const s of cluster.instances()) {
    const names = (await (await fetch(`http://127.0.0.1:${s.port}/api/helplines?region=GB`)).json()).helplines.map((h) => h.name);
    assert.ok(names.includes(newName), `instance on ${s.port} serves the new release`);
  }
});
