import { expect, test } from "@playwright/test";

// JavaScript on first load, as sent on the wire to a browser that takes Brotli (every current
// one): the server sends the build's scripts as the Brotli copies made with the build
// (server/static-assets.mjs), and the help box script too. A bare Next.js 16 page of the same
// version (a layout and a page with one heading, bench/bare-next) loads five scripts: 114.2 kB as
// Brotli (131.7 kB as gzip, which is what `next start` sends). Measured on 2026-12-01 by building
// bench/bare-next and compressing the scripts its page loads (not the nomodule polyfills) at
// Brotli quality 10, as server/precompress.mjs does. Steady may add at most 15 kB on any page.
const BARE_NEXT_KB = 114.2;
const BUDGET_KB = BARE_NEXT_KB + 15;

for (const path of [
  "/en",
  "/ar/explainers/cardiophobia",
  "/en/explainers/panic-attacks",
  "/en/helplines",
  "/en/helplines/gb",
  "/en/about",
]) {
  test(`JavaScript on first load of ${path} is within ${BUDGET_KB} kB`, async ({ page }) => {
    // Every script's size is awaited before adding up, so none is missed.
    const pending: Array<Promise<number>> = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") pending.push(request.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(path, { waitUntil: "networkidle" });
    const sizes = await Promise.all(pending);
    const kb = sizes.reduce((a, b) => a + b, 0) / 1024;
    console.log(`${path}: ${sizes.length} scripts, ${kb.toFixed(1)} kB on the wire`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(kb).toBeLessThanOrEqual(BUDGET_KB);
  });
}
