// npm run bench:number: when does the reader's own crisis line appear, compared with the first paint?
// Starts the production server (server/main.mjs) on the built site, loads each page in Debian's
// Chromium with Playwright's CDP network and CPU throttling (slow 3G and 4G phone profiles), and
// prints first contentful paint and "time to number" (median of RUNS, default 3). The number counts
// as on screen once the help box holds a tap-to-call link for the guessed region and the page has
// painted; a region page, whose numbers are in its HTML, is the reference. Exits 1 if a bar is missed:
// time to number at most 1.25 × FCP on both profiles, and at most 2.5 s on slow 3G.
import { spawn } from "node:child_process";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium.mjs";

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.NUMBER_PORT ?? 3456);
const RUNS = Number(process.env.RUNS ?? 3);
const PROFILES = {
  // 400 kbit/s, 400 ms round trips (the slow 3G), 4× CPU slowdown.
  "slow 3G": { latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8, cpu: 4 },
  // Lighthouse's mobile profile ("slow 4G"): 150 ms, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU.
  "4G": { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 },
};
const PAGES = (
  process.env.NUMBER_PAGES ?? "/en,/en/explainers/cardiophobia,/en/about,/ar,/ar/explainers/panic-attacks,/ar/about,/en/helplines/fr"
)
  .split(",")
  .filter(Boolean);

const server = spawn(process.execPath, [path.join(root, "server", "main.mjs")], {
  cwd: root,
  env: { ...process.env, PORT: String(PORT), NODE_ENV: "production" },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve, reject) => {
  server.stdout.on("data", (d) => String(d).includes("ready") && resolve());
  server.on("exit", (code) => reject(new Error(`server exited (${code})`)));
  setTimeout(() => reject(new Error("server did not start in 60 s")), 60_000);
});

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });

// Records, inside the page, when the first contentful paint happened and when a tap-to-call link
// for the reader's region first existed in the help box (or, on a region page, in the emergency panel).
const PROBE = () => {
  const marks = { fcp: null, number: null };
  window.__ttn = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") marks.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  const check = () => {
    if (marks.number !== null) return;
    if (
      document.querySelector(
        'aside[aria-labelledby="help-box-heading"] a[href^="tel:"], section[aria-labelledby="emergency-heading"] a[href^="tel:"]',
      )
    )
      marks.number = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
};

async function measure(url, profile) {
  const context = await browser.newContext({ timezoneId: "Europe/Paris", locale: "fr-FR", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile, cpu: undefined });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  await page.addInitScript(PROBE);
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  await page.waitForFunction(() => window.__ttn.fcp !== null && window.__ttn.number !== null, null, { timeout: 30_000 });
  const { fcp, number } = await page.evaluate(() => window.__ttn);
  await context.close();
  // A number put in place before the first paint is on screen at the first paint.
  return { fcp, ttn: Math.max(fcp, number) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let ok = true;
console.log(`Time to number (median of ${RUNS}), phone 390×844, CPU 4× slower, time zone Europe/Paris\n`);
console.log("profile   page                              FCP ms   number ms   ratio   bar");
for (const [name, profile] of Object.entries(PROFILES)) {
  for (const p of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(`http://127.0.0.1:${PORT}${p}`, profile));
    const fcp = median(runs.map((r) => r.fcp));
    const ttn = median(runs.map((r) => r.ttn));
    const ratio = ttn / fcp;
    const pass = ratio <= 1.25 && (name !== "slow 3G" || ttn <= 2500);
    ok &&= pass;
    console.log(
      `${name.padEnd(9)} ${p.padEnd(33)} ${String(Math.round(fcp)).padStart(6)}   ${String(Math.round(ttn)).padStart(9)}   ${ratio.toFixed(2).padStart(5)}   ${pass ? "ok" : "MISSED"}`,
    );
  }
}
await browser.close();
server.kill();
process.exit(ok ? 0 : 1);
