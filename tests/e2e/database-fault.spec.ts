import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { databaseFile } from "../../lib/database-url";

// A second production server on its own copy of the database, which the test then takes away,
// corrupts and gives back.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 7;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let log = "";
let dbFile: string;

test.beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-fault-"));
  dbFile = path.join(dir, "steady.db");
  fs.copyFileSync(databaseFile(), dbFile);
  server = spawn(process.execPath, ["server/main.mjs"], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME_BIND: "127.0.0.1", DATABASE_URL: `file:${dbFile}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  await expect.poll(async () => (await fetch(`${base}/api/regions`).catch(() => null))?.status, { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("pages keep working, the API says 503 in JSON, and both recover when the file is back", async ({ request }) => {
  const saved = fs.readFileSync(dbFile);
  fs.rmSync(dbFile);
  const logBefore = log.length;

  const api = await request.get(`${base}/api/helplines?region=GB`);
  expect(api.status()).toBe(503);
  expect(await api.json()).toEqual({ error: expect.stringMatching(/unavailable/) });
  expect(api.headers()["retry-after"]).toBe("30");
  expect((await request.get(`${base}/api/regions`)).status()).toBe(503);
  expect((await request.get(`${base}/en/helplines/gb`)).status()).toBe(200);
  expect((await request.get(`${base}/ar`)).status()).toBe(200);
  expect(fs.existsSync(dbFile)).toBe(false); // not silently re-created empty

  const lines = log
    .slice(logBefore)
    .split("\n")
    .filter((l) => l.includes("[steady]"));
  expect(lines).toHaveLength(1); // one clear line, not one per request
  expect(lines[0]).toMatch(/helpline database unavailable/);
  expect(log.slice(logBefore)).not.toMatch(/\n\s+at /); // no stack trace

  fs.writeFileSync(dbFile, "this is not a database");
  await new Promise((r) => setTimeout(r, 50));
  expect((await request.get(`${base}/api/helplines?region=GB`)).status()).toBe(503);

  fs.writeFileSync(dbFile, saved);
  const back = await request.get(`${base}/api/helplines?region=GB`);
  expect(back.status()).toBe(200);
  expect((await back.json()).region.code).toBe("GB");
});
