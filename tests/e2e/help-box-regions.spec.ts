import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { TIME_ZONE_REGIONS } from "@/lib/time-zone-regions";
import { hydrated } from "./helpers";

// A reader's help box shows their region's emergency number and, where one is verified, its first
// support line: checked from 20 time zones on every inhabited continent against the data files,
// from five territories beyond the 199 listed places (a reader in Réunion or Guam is a reader too), and
// from zones that Chromium reports by their old ICU name (Pacific/Chuuk as "Pacific/Truk").
const ZONES = [
  "Europe/London",
  "Europe/Kyiv",
  "Europe/Bucharest",
  "Africa/Lagos",
  "Africa/Nairobi",
  "Africa/Dakar",
  "Africa/Johannesburg",
  "Africa/Cairo",
  "Asia/Baghdad",
  "Asia/Kolkata",
  "Asia/Bangkok",
  "Asia/Jakarta",
  "Asia/Ho_Chi_Minh",
  "Asia/Tokyo",
  "America/New_York",
  "America/Mexico_City",
  "America/Caracas",
  "America/Sao_Paulo",
  "Australia/Sydney",
  "Pacific/Fiji",
];
const TERRITORY_ZONES = ["Indian/Reunion", "Pacific/Guam", "Europe/Jersey", "America/Nuuk", "Pacific/Noumea"];
const OLD_NAME_ZONES = ["Pacific/Chuuk", "Pacific/Kanton"];

type Region = { emergency: Array<{ dial: string }>; helplines: unknown[] };
const dataDir = path.join(process.cwd(), "prisma", "data", "regions");

for (const timezoneId of [...ZONES, ...TERRITORY_ZONES, ...OLD_NAME_ZONES]) {
  const code = TIME_ZONE_REGIONS[timezoneId];
  const file = path.join(dataDir, `${code?.toLowerCase()}.json`);

  test(`${timezoneId}: the help box shows ${code}'s emergency number`, async ({ browser }) => {
    expect(code, `${timezoneId} maps to a region`).toBeTruthy();
    test.skip(!fs.existsSync(file), `no verified data for ${code} yet`);
    const region = JSON.parse(fs.readFileSync(file, "utf8")) as Region;
    const context = await browser.newContext({ timezoneId, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/en");
    await hydrated(page);
    const box = page.locator("aside[aria-labelledby=help-box-heading]");
    await expect(box.locator(`a[href="tel:${region.emergency[0].dial.replace(/#/g, "%23")}"]`)).toBeVisible();
    await expect(box).not.toContainText("Call your local emergency number");
    // Either a line to call or text now, or the honest "not verified yet" with the directories.
    const line = box.locator('a[href^="tel:"], a[href^="sms:"]');
    const none = box.getByText("No verified support line here yet.");
    await expect(line.nth(1).or(none)).toBeVisible();
    await context.close();
  });
}

test.describe("the reader's number without the page's JavaScript", () => {
  for (const path of ["/en", "/ar/explainers/panic-attacks", "/fr/about"]) {
    test(`${path}: the help box shows the guessed region's numbers while every JavaScript chunk is blocked`, async ({ browser }) => {
      const context = await browser.newContext({ timezoneId: "Europe/Paris", locale: "fr-FR" });
      const page = await context.newPage();
      let blocked = 0;
      await page.route("**/_next/static/chunks/**", (route) => {
        blocked++;
        return route.abort();
      });
      await page.goto(path);
      const box = page.locator("#help-box");
      await expect(box).toHaveAttribute("data-region", "FR");
      await expect(box.locator('a[href="tel:112"]')).toBeVisible();
      await expect(box.locator('a[href="tel:3114"]')).toBeVisible();
      expect(blocked).toBeGreaterThan(0);
      await context.close();
    });
  }

  test("a saved region wins over the guess, and a region chosen later shows at once", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "Europe/Paris" });
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem("steady.region", "JP"));
    await page.goto("/en");
    const box = page.locator("#help-box");
    await expect(box).toHaveAttribute("data-region", "JP");
    await expect(box).toContainText("Showing Japan.");
    await hydrated(page);
    await page.evaluate(() => {
      localStorage.setItem("steady.region", "BR");
      window.dispatchEvent(new Event("steady:storage"));
    });
    await expect(box).toHaveAttribute("data-region", "BR");
    await expect(box.locator('a[href="tel:188"]')).toBeVisible();
    await context.close();
  });

  test("with JavaScript off, the help box is one tap from a number", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en");
    await page.locator("#help-box").getByRole("link", { name: "Find a helpline" }).click();
    await expect(page).toHaveURL(/\/en\/helplines$/);
    await context.close();
  });
});
