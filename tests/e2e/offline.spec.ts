import { expect, test } from "@playwright/test";
import { PAGE_PATHS } from "./helpers";

// Once visited, the story, the explainers and the reader's region page open with no network.
test("pages open offline once visited, with their numbers", async ({ context, page }) => {
  await page.goto("/en/helplines/ie");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker saves the story and explainers of this language when it installs; the region
  // page is saved when it is loaded again under the worker's control.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect.poll(async () => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(async () => !!(await caches.match("/en/explainers/cardiophobia"))), { timeout: 15_000 }).toBe(true);

  await page.evaluate(() => localStorage.setItem("steady.region", "IE"));
  await context.setOffline(true);
  for (const [path, text] of [
    ["/en/helplines/ie", "Samaritans"],
    ["/en", "Kim Basinger"],
    ["/en/explainers/cardiophobia", "Cardiophobia"],
    ["/en/explainers/panic-attacks", "Panic attacks"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("main")).toContainText(text);
  }
  await page.goto("/en/helplines/ie");
  await expect(page.locator('main a[href="tel:112"]').first()).toBeVisible();
  // The help box keeps the reader's numbers offline too (its script is saved with the page's assets).
  await page.goto("/en/explainers/cardiophobia");
  await expect(page.locator('#help-box[data-region="IE"] a[href="tel:112"]')).toBeVisible();
  await context.setOffline(false);
});

test("the service worker caches nothing from the API and no error pages, but the help box script", async ({ page }) => {
  await page.goto("/en");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.evaluate(async () => {
    await fetch("/api/regions");
    await fetch("/en/no-such-page");
  });
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  expect(cached.filter((u) => u.startsWith("/api/"))).toEqual([]);
  expect(cached.filter((u) => u.startsWith("/help-box/"))).toEqual(["/help-box/en.js"]);
  expect(cached).not.toContain("/en/no-such-page");
});

// A reader's first page, a region page, then the signal goes and they reload: in three languages.
for (const locale of ["en", "es", "ar"]) {
  test(`${locale}: the first page visited, a region page, reopens offline with its numbers`, async ({ context, page }) => {
    await page.goto(`/${locale}/helplines/gb`);
    // The worker saves the page the reader is on as soon as it is ready; then the network goes.
    await expect
      .poll(() => page.evaluate(async (path) => !!(await caches.match(path)), `/${locale}/helplines/gb`), { timeout: 15_000 })
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('main a[href="tel:999"]').first()).toBeVisible();
    await expect(page.locator("#help-box a[href^='tel:']").first()).toBeVisible();
    await context.setOffline(false);
  });
}

test("three rounds of every page in three languages in one tab: one worker, no navigation over 5 s", async ({ page }) => {
  test.setTimeout(180_000);
  let slowest = 0;
  for (let round = 0; round < 3; round++) {
    for (const locale of ["en", "es", "ar"]) {
      for (const path of PAGE_PATHS) {
        const started = Date.now();
        await page.goto(`/${locale}${path}`, { timeout: 5_000 });
        slowest = Math.max(slowest, Date.now() - started);
      }
    }
  }
  expect(slowest).toBeLessThan(5_000);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.scriptURL))).toEqual([
    expect.stringMatching(/\/sw\.js$/),
  ]);
});
