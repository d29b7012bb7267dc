import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, hydrated } from "./helpers";

async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const hit = await page.evaluate(`(${matches.toString()})(document.activeElement)`);
    if (hit) return;
  }
  throw new Error("never reached the element by Tab");
}

test.describe("finding a helpline", () => {
  test("with the keyboard only: search, choose a region, reach a number to call", async ({ page }) => {
    await page.goto("/en/helplines");
    await hydrated(page);
    await tabTo(page, (el) => el.id === "region-search");
    await page.keyboard.type("united king");
    await expect(page.locator("#region-search-count")).toHaveText("1 region matches.");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/en/helplines/gb");
    await expect(page.locator("h1")).toHaveText("Helplines in United Kingdom");
    // The emergency number comes first, then the helplines.
    await tabTo(page, (el) => el.tagName === "A" && (el.getAttribute("href") ?? "").startsWith("tel:") && !!el.closest("main"));
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("href", "tel:999");
    const box = await focused.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await tabTo(page, (el) => (el.getAttribute("href") ?? "") === "tel:116123" && !!el.closest("article"));
    await expect(page.locator(":focus")).toHaveText(/Call.*116 123/);
  });

  test("search ignores accents and case and works in the page's language", async ({ page }) => {
    await page.goto("/es/helplines");
    await hydrated(page);
    await page.locator("#region-search").fill("mexico");
    await expect(page.getByRole("link", { name: "México" })).toBeVisible();
    await page.locator("#region-search").fill("Germany"); // English names match too
    await expect(page.getByRole("link", { name: "Alemania" })).toBeVisible();
  });

  test("guesses the region from the time zone, says so, and remembers a choice on the device only", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "Europe/Dublin", locale: "en-IE" });
    const page = await context.newPage();
    await page.goto("/en/helplines");
    await expect(page.getByText("Is this your region? Ireland")).toBeVisible();
    await expect(page.getByText("We guessed from your device’s time zone.")).toBeVisible();
    // The help box on every page already shows Ireland's numbers.
    await expect(page.locator('aside a[href="tel:112"]')).toBeVisible();
    await page.goto("/en/helplines/fr");
    await page.getByRole("button", { name: "Remember this region on this device" }).click();
    await expect(page.getByRole("button", { name: "Saved on this device" })).toBeDisabled();
    expect(await page.evaluate(() => localStorage.getItem("steady.region"))).toBe("FR");
    expect(await context.cookies()).toEqual([]);
    await page.goto("/en");
    await expect(page.getByText("Showing France.")).toBeVisible();
    await page.goto("/en/helplines");
    await page.getByRole("button", { name: "Forget my region" }).click();
    await expect(page.getByText("Is this your region? Ireland")).toBeVisible();
    await context.close();
  });

  test("the help box names the guessed region in the page's language", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "Europe/London", locale: "en-GB" });
    const page = await context.newPage();
    for (const [locale, name] of [
      ["ar", "المملكة المتحدة"],
      ["de", "Vereinigtes Königreich"],
    ]) {
      await page.goto(`/${locale}/explainers/anxiety`);
      await expect(page.locator("aside").getByText(name).first()).toBeVisible();
      await expect(page.locator('aside a[href="tel:999"]')).toBeVisible();
    }
    await context.close();
  });

  test("filters change the list and the URL without a reload, and the URL restores them", async ({ page }) => {
    await page.goto("/en/helplines/gb");
    await hydrated(page);
    const cards = page.locator("main article");
    const all = await cards.count();
    expect(all).toBeGreaterThan(2);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByLabel("Topic").selectOption("anxiety");
    await expect(page).toHaveURL(/\/en\/helplines\/gb\?topic=anxiety$/);
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("Anxiety UK");
    await expectNoAxeViolations(page, "gb with a filter");
    await page.getByLabel("Way to get in touch").selectOption("sms");
    await expect(page).toHaveURL(/topic=anxiety&contact=sms/);
    await expect(page.getByRole("status").filter({ hasText: "No helplines match" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1); // no reload happened
    await page.getByRole("button", { name: "Show all" }).click();
    await expect(page).toHaveURL(/\/en\/helplines\/gb$/);
    await expect(cards).toHaveCount(all);

    await page.goto("/en/helplines/gb?contact=sms");
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("Shout");
    await expect(page.getByLabel("Way to get in touch")).toHaveValue("sms");
  });

  test("the language switcher keeps the page, the region and the filters", async ({ page }) => {
    await page.goto("/en/helplines/gb?topic=crisis");
    await hydrated(page);
    await page.locator("header summary").click();
    await page.getByRole("link", { name: "Español" }).click();
    await page.waitForURL("**/es/helplines/gb?topic=crisis");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByLabel("Tema")).toHaveValue("crisis");
  });

  test("opening hours: open or closed now, in the helpline's time zone", async ({ page }) => {
    // Monday 23 November 2026, 10:00 in Berlin: Nummer gegen Kummer opens at 14:00.
    await page.clock.setFixedTime(new Date("2026-11-23T09:00:00Z"));
    await page.goto("/en/helplines/de");
    const card = page.locator("article", { hasText: "Nummer gegen Kummer" });
    await expect(card).toContainText("Closed now, opens Monday at 2:00");
    const lines = page.locator("main article");
    const all = await lines.count();
    await page.getByLabel("Open now").check();
    await expect(page).toHaveURL(/openNow=true/);
    expect(await lines.count()).toBeLessThan(all);
    await expect(page.locator("article", { hasText: "TelefonSeelsorge" })).toBeVisible();
    await expect(page.locator("article", { hasText: "Nummer gegen Kummer" })).toHaveCount(0);
  });

  test("an unknown region is a 404; a region without data still helps", async ({ page }) => {
    expect((await page.goto("/en/helplines/zz"))?.status()).toBe(404);
    const response = await page.goto("/en/helplines/aq");
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText("Helplines in Antarctica");
    await expect(page.getByRole("link", { name: /Find A Helpline/ })).toHaveAttribute("href", "https://findahelpline.com");
  });

  test("every call and text button is at least 44×44 px", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/en/helplines/us");
    const buttons = page.locator('main a[href^="tel:"], main a[href^="sms:"]');
    expect(await buttons.count()).toBeGreaterThan(3);
    for (const box of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]))) {
      expect(box[0]).toBeGreaterThanOrEqual(44);
      expect(box[1]).toBeGreaterThanOrEqual(44);
    }
  });
});

test.describe("JSON API", () => {
  test("GET /api/helplines returns the region, emergency numbers and helplines", async ({ request }) => {
    const response = await request.get("/api/helplines?region=gb");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toContain("max-age=300");
    const body = await response.json();
    expect(body.region).toEqual({ code: "GB", name: "United Kingdom", timeZone: "Europe/London" });
    expect(body.emergency[0]).toMatchObject({ service: "general", dial: "999", display: "999" });
    expect(body.helplines.length).toBe(body.count);
    expect(body.helplines[0]).toMatchObject({ id: "gb-samaritans", name: "Samaritans", hours: { type: "always" } });
    for (const h of body.helplines) {
      expect(h.sourceUrl).toMatch(/^https?:\/\//);
      expect(h.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test("filters narrow the list", async ({ request }) => {
    const sms = await (await request.get("/api/helplines?region=GB&contact=sms")).json();
    expect(sms.helplines.map((h: { name: string }) => h.name)).toEqual(["Shout 85258"]);
    const es = await (await request.get("/api/helplines?region=US&language=es&locale=es")).json();
    expect(es.helplines.length).toBeGreaterThan(0);
    expect(es.region.name).toBe("Estados Unidos");
    const open = await request.get("/api/helplines?region=DE&openNow=true");
    expect(open.headers()["cache-control"]).toContain("max-age=60");
  });

  test("bad input gets a 4xx JSON error, never a 5xx", async ({ request }) => {
    const cases: Array<[string, number]> = [
      ["/api/helplines", 400],
      ["/api/helplines?region=G1", 400],
      ["/api/helplines?region=GBR", 400],
      ["/api/helplines?region=GB&topic=astrology", 400],
      ["/api/helplines?region=GB&openNow=maybe", 400],
      ["/api/helplines?region=GB&region=FR", 400],
      ["/api/helplines?region=GB&x=1", 400],
      ["/api/helplines?region=ZZ", 404],
      ["/api/helplines?region=AQ", 404],
      ["/api/regions?locale=xx", 400],
    ];
    for (const [url, status] of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      const body = await response.json();
      expect(typeof body.error, url).toBe("string");
      expect(Object.keys(body), url).toEqual(["error"]);
    }
    expect((await request.post("/api/helplines?region=GB")).status()).toBe(405);
  });

  test("GET /api/regions lists the regions with data", async ({ request }) => {
    const body = await (await request.get("/api/regions?locale=fr")).json();
    expect(body.count).toBeGreaterThanOrEqual(40);
    expect(body.regions.find((r: { code: string }) => r.code === "DE")).toMatchObject({
      name: "Allemagne",
      emergency: expect.arrayContaining(["112"]),
    });
  });
});
