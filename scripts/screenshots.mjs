// Screenshots of the main pages at phone and desktop size, for looking at what we build.
//   node scripts/screenshots.mjs [baseUrl] [outDir]   (a production server must be running)
import { chromium } from "@playwright/test";
import fs from "node:fs";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "screenshots";
const pages = (process.env.PAGES ?? "/,/explainers/cardiophobia,/helplines,/helplines/gb").split(",");
const locales = (process.env.LOCALES ?? "en,ar").split(",");
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
for (const [name, viewport] of Object.entries(sizes)) {
  const context = await browser.newContext({ viewport, timezoneId: process.env.TZ_ID ?? "Europe/London", locale: "en-GB" });
  const page = await context.newPage();
  for (const locale of locales) {
    for (const path of pages) {
      await page.goto(`${base}/${locale}${path === "/" ? "" : path}`, { waitUntil: "networkidle" });
      const file = `${out}/${locale}${path.replace(/\//g, "_") || "_home"}-${name}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
      console.log(file);
    }
  }
  await context.close();
}
await browser.close();
