// npm run cluster: nginx (deploy/nginx.conf) in front of several instances of the production
// server on this machine, the way a small deployment or the origin behind a CDN runs. Every
// instance serves the same build and reads its own copy of the database file, so nothing is
// shared between them but the build. CLUSTER_INSTANCES (default 2) and CLUSTER_PORT (default 8080).
//
// The tests and the benchmark import startCluster() and drive the instances themselves (kill one,
// stop one gracefully, restart it).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prepare } from "./prepare.mjs";

const root = path.resolve(import.meta.dirname, "..");

function findNginx() {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx"])
    if (candidate && fs.existsSync(candidate)) return candidate;
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

async function waitFor(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) throw new Error(`${url} did not answer in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Starts `instances` production servers (ports basePort+1 …) and nginx on `port` in front of them.
 * Returns handles to stop, kill, gracefully stop and restart instances, and to stop everything.
 */
export async function startCluster({
  instances = 2,
  port = 8080,
  basePort = port + 100,
  dir = path.join(root, ".cluster"),
  build = true,
} = {}) {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx is not installed: apt-get install -y nginx (Debian's package), or set NGINX_PATH");
  prepare({ build }); // migrations, data import, and the build if it is older than the sources
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "data"), { recursive: true });
  const database = path.join(root, "data", "steady.db");

  const servers = [];
  function startInstance(i) {
    const file = path.join(dir, "data", `instance-${i}.db`);
    if (!fs.existsSync(file)) fs.copyFileSync(database, file);
    const child = spawn(process.execPath, [path.join(root, "server", "main.mjs")], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(basePort + i),
        HOSTNAME_BIND: "127.0.0.1",
        DATABASE_URL: `file:${file}`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    servers[i] = { child, port: basePort + i, file };
    return waitFor(`http://127.0.0.1:${basePort + i}/en`);
  }
  await Promise.all(Array.from({ length: instances }, (_, i) => startInstance(i)));

  const upstreams = servers.map((s) => `    server 127.0.0.1:${s.port} max_fails=1 fail_timeout=3s;`).join("\n");
  const fill = (text) => text.replaceAll("{{PREFIX}}", dir).replaceAll("{{PORT}}", String(port)).replaceAll("{{UPSTREAMS}}", upstreams);
  fs.writeFileSync(path.join(dir, "nginx.conf"), fill(fs.readFileSync(path.join(root, "deploy", "nginx.conf"), "utf8")));
  fs.writeFileSync(path.join(dir, "proxy-common.conf"), fill(fs.readFileSync(path.join(root, "deploy", "proxy-common.conf"), "utf8")));
  const proxy = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${port}/en`);

  const exited = (child) =>
    new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve() : child.once("exit", resolve)));
  return {
    url: `http://127.0.0.1:${port}`,
    instances: () => servers.map((s) => ({ port: s.port, pid: s.child.pid, alive: s.child.exitCode === null && !s.child.signalCode })),
    /** SIGKILL: the instance dies mid-request, as a machine would. */
    async kill(i) {
      servers[i].child.kill("SIGKILL");
      await exited(servers[i].child);
    },
    /** SIGTERM: the instance stops taking connections and finishes the requests it has. */
    async stop(i) {
      servers[i].child.kill("SIGTERM");
      await exited(servers[i].child);
    },
    restart: (i) => startInstance(i),
    /** The database file an instance reads (a data release replaces it). */
    databaseOf: (i) => servers[i].file,
    async close() {
      proxy.kill("SIGQUIT");
      for (const s of servers) s.child.kill("SIGTERM");
      await Promise.all([exited(proxy), ...servers.map((s) => exited(s.child))]);
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const instances = Number(process.env.CLUSTER_INSTANCES ?? 2);
  const port = Number(process.env.CLUSTER_PORT ?? 8080);
  const cluster = await startCluster({ instances, port });
  console.log(
    `▲ Steady through nginx on ${cluster.url} with ${instances} instances (ports ${cluster
      .instances()
      .map((s) => s.port)
      .join(", ")})`,
  );
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => cluster.close().then(() => process.exit(0)));
}
