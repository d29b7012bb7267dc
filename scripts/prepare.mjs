// Shared by `npm start` and `npm test`: make the database and the production build current.
//  1. generate the Prisma client if it is missing (npm install normally does it)
//  2. apply migrations (creates the SQLite file on first start)
//  3. import the helpline data files if they changed since the last import (or the db is empty)
//  4. build the site if there is no build or it is older than the sources, and compress its pages
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env, ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${path.basename(command)} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function step(label, fn) {
  const started = Date.now();
  fn();
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// Everything the build output depends on. Changing any of it makes the next start rebuild.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "prisma/data",
  "proxy.ts",
  "next.config.ts",
  "server/csp.mjs",
  "server/security-headers.mjs",
  "server/security-headers.d.mts",
  "server/compression.mjs",
  "tsconfig.json",
  "package-lock.json",
  "global.d.ts",
];
const SKIP = new Set(["generated", "node_modules", ".next"]);

function walk(entry, out) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), out);
  } else out.push(entry);
}

export function sourceFingerprint() {
  const files = [];
  BUILD_INPUTS.forEach((e) => walk(e, files));
  const hash = crypto.createHash("sha256");
  for (const f of files)
    hash
      .update(f)
      .update("\0")
      .update(fs.readFileSync(path.join(root, f)))
      .update("\0");
  // Build-time settings that end up in the HTML.
  hash.update(`SITE_URL=${process.env.SITE_URL ?? ""};REPORT_EMAIL=${process.env.REPORT_EMAIL ?? ""}`);
  return hash.digest("hex");
}

const STAMP = path.join(root, ".next", "steady-build-fingerprint");

export function prepare({ build = true } = {}) {
  if (!fs.existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) {
    step("Prisma client generated", () => run(bin("prisma"), ["generate"]));
  }
  step("database migrated", () => run(bin("prisma"), ["migrate", "deploy"], { stdio: ["inherit", "ignore", "inherit"] }));
  step("helpline data checked", () => run(bin("tsx"), ["prisma/seed.ts"]));
  if (!build) return;
  const fingerprint = sourceFingerprint();
  const current = fs.existsSync(STAMP) && fs.existsSync(path.join(root, ".next", "BUILD_ID")) ? fs.readFileSync(STAMP, "utf8") : null;
  if (current === fingerprint) {
    console.log("✓ production build is current");
    return;
  }
  step("production build", () => run(bin("next"), ["build"]));
  step("CSP hashes and compressed pages", () => run(process.execPath, [path.join(root, "server", "precompress.mjs")]));
  fs.writeFileSync(STAMP, fingerprint);
}
