// Finds Debian's Chromium for Playwright and Lighthouse. Playwright never downloads a browser
// here. When none is installed and we run as root with apt, install Debian's `chromium`.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

function which(name) {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    which("chromium"),
    which("chromium-browser"),
  ];
  return candidates.find((c) => c && fs.existsSync(c)) ?? null;
}

export function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && which("apt-get")) {
    console.log("Chromium is missing: installing Debian's chromium package with apt-get …");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
      const r = spawnSync("apt-get", args, { stdio: "inherit", env });
      if (r.status !== 0) break;
    }
    found = findChromium();
    if (found) return found;
  }
  console.error(
    "\n✗ No Chromium found. The end-to-end tests and Lighthouse use Debian's Chromium:\n" +
      "    sudo apt-get update && sudo apt-get install -y chromium\n" +
      "  (or set CHROMIUM_PATH to a Chromium binary). Playwright's own browser download is not used.\n",
  );
  process.exit(1);
}

/** Flags for headless Chromium on these machines: no sandbox as root, no background traffic. */
export const CHROMIUM_ARGS = [
  ...(typeof process.getuid === "function" && process.getuid() === 0 ? ["--no-sandbox"] : []),
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
