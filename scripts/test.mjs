// npm test: type check, lint, unit tests, then end-to-end tests against the production build
// in Debian's Chromium. Prints one closing line: "tests: N passed, M failed".
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./chromium.mjs";
import { prepare } from "./prepare.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
// Not test-results/: Playwright empties that folder when it starts.
const results = path.join(root, "test-reports");
fs.mkdirSync(results, { recursive: true });

const chromium = ensureChromium();
process.env.CHROMIUM_PATH = chromium;

function stage(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`${r.status === 0 ? "✓" : "✗"} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

function counts(file, pick) {
  try {
    return pick(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch {
    return { passed: 0, failed: 0 };
  }
}

let ok = true;
prepare({ build: false }); // the unit tests read the data files; typecheck needs the Prisma client
ok = stage("type check", bin("tsc"), ["--noEmit"]) && ok;
ok = stage("type check of the server", bin("tsc"), ["-p", "server/tsconfig.json"]) && ok;
ok = stage("lint", bin("eslint"), ["."]) && ok;
const unitFile = path.join(results, "unit.json");
ok = stage("unit tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitFile}`]) && ok;

console.log("\n▶ production build for the end-to-end tests");
prepare();
const e2eFile = path.join(results, "e2e.json");
ok = stage("end-to-end tests", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile }) && ok;

const unit = counts(unitFile, (j) => ({
  passed: j.numPassedTests ?? 0,
  failed: (j.numFailedTests ?? 0) + (j.numTotalTests === 0 ? 1 : 0),
  skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
}));
// A test that passed only on its retry is flaky, and a flaky test is not a pass: it counts as failed.
const e2e = counts(e2eFile, (j) => ({
  passed: j.stats?.expected ?? 0,
  failed: (j.stats?.unexpected ?? 0) + (j.stats?.flaky ?? 0),
  flaky: j.stats?.flaky ?? 0,
  skipped: j.stats?.skipped ?? 0,
}));
const passed = unit.passed + e2e.passed;
// A stage that failed without failing a test (type errors, lint) still counts as a failure.
const failed = unit.failed + e2e.failed || (ok ? 0 : 1);
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`end-to-end: ${e2e.passed} passed, ${e2e.failed} failed (${e2e.flaky ?? 0} of them flaky), ${e2e.skipped ?? 0} skipped`);
console.log(`tests: ${passed} passed, ${failed} failed, ${(unit.skipped ?? 0) + (e2e.skipped ?? 0)} skipped`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
