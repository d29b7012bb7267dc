import { expect, test } from "@playwright/test";

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
