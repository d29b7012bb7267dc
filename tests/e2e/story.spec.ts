import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, hydrated } from "./helpers";

const EXIT = "https://www.bbc.com/weather";

test.describe("the story", () => {
  test("is laid out as an article with quotations, the video reference and attribution", async ({ page }) => {
    await page.goto("/en");
    const article = page.locator("article").first();
    await expect(article.locator("h1")).toHaveText("Kim Basinger Calls Ex-Husband Alec Baldwin a 'Challenge'");
    expect(await article.locator("q").count()).toBeGreaterThanOrEqual(10);
    await expect(article.locator("blockquote")).toContainText("I've had maybe over 20 hospital visits in my life.");
    await expect(article.locator("figure figcaption")).toHaveText("Video post on Facebook Watch (not shown here)");
    await expect(article.locator("figure")).toContainText("Posted by Red Table Talk on Monday, April 25, 2022");
    await expect(article).toContainText("The interview was on Red Table Talk (Facebook Watch), posted April 25, 2022.");
    await expect(page.locator("iframe")).toHaveCount(0);
  });

  test("wide screens: margin notes sit beside the terms they explain", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/en");
    await hydrated(page);
    for (const key of ["anxiety", "panicAttacks", "phobias", "cardiophobia", "heartFear"]) {
      const note = page.locator(`#note-${key}`);
      await expect(note).toBeVisible();
      const term = page.locator(`button[aria-controls="note-${key}"]`);
      const [t, n] = [await term.boundingBox(), await note.boundingBox()];
      expect(n!.x, key).toBeGreaterThan(t!.x); // in the margin, to the right in English
      expect(Math.abs(n!.y - t!.y), key).toBeLessThan(400); // level with the paragraph
    }
    await expect(page.locator("#note-cardiophobia")).toContainText("Georg Eifert");
    await expect(page.locator("#note-cardiophobia").getByRole("link", { name: /Read more/ })).toHaveAttribute(
      "href",
      "/en/explainers/cardiophobia",
    );
  });

  test("narrow screens: a term opens its note inline, by keyboard", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/en");
    await hydrated(page);
    const note = page.locator("#note-cardiophobia");
    const term = page.locator('button[aria-controls="note-cardiophobia"]');
    await expect(note).toBeHidden();
    await expect(term).toHaveAttribute("aria-expanded", "false");
    await term.focus();
    await page.keyboard.press("Enter");
    await expect(term).toHaveAttribute("aria-expanded", "true");
    await expect(note).toBeVisible();
    await expectNoAxeViolations(page, "story with a note open");
    await page.keyboard.press("Space");
    await expect(note).toBeHidden();
  });

  test("without JavaScript every note is still readable", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/en");
    for (const key of ["anxiety", "cardiophobia", "heartFear"]) await expect(page.locator(`#note-${key}`)).toBeVisible();
    await context.close();
  });

  test("a translated story says it is translated", async ({ page }) => {
    await page.goto("/fr");
    await expect(page.locator("article").first()).toContainText("Traduit de l’anglais");
  });
});

test.describe("explainers", () => {
  for (const slug of ["anxiety", "panic-attacks", "cardiophobia"]) {
    test(`${slug}: sections, care cards, sources and review dates`, async ({ page }) => {
      await page.goto(`/en/explainers/${slug}`);
      await expect(page.locator("h1")).toHaveCount(1);
      for (const id of ["what-it-is", "feels-like", "why", "help-now", "treatment", "how-common", "get-help", "sources"]) {
        await expect(page.locator(`section#${id} h2`), id).toBeVisible();
      }
      await expect(page.locator("#feels-like li").first()).toBeVisible();
      await expect(page.locator("#get-help h3")).toHaveCount(3);
      await expect(page.locator("#get-help")).toContainText("Non-urgent advice");
      await expect(page.locator("#get-help")).toContainText("Urgent advice");
      await expect(page.locator("#get-help")).toContainText("Immediate action required");
      await expect(page.locator("#how-common a").first()).toHaveAttribute("href", /^https?:\/\//);
      await expect(page.locator("main")).toContainText(/Last reviewed \w+ \d+, \d{4}/);
      await expect(page.locator("main")).toContainText(/Next review due \w+ \d+, \d{4}/);
      expect(await page.locator("#sources li").count()).toBeGreaterThan(1);
    });
  }

  test("the emergency number of the reader's region fills the immediate care card", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "Australia/Sydney" });
    const page = await context.newPage();
    await page.goto("/en/explainers/cardiophobia");
    await expect(page.locator("#get-help h3").nth(2)).toContainText("Call 000 now");
    await expect(page.locator('#get-help a[href="tel:000"]').first()).toBeVisible();
    await context.close();
  });

  test("cardiophobia never says chest pain is surely anxiety", async ({ page }) => {
    await page.goto("/en/explainers/cardiophobia");
    const text = (await page.locator("main").innerText()).toLowerCase();
    expect(text).not.toMatch(/(it|this|chest pain) is (only|just|surely|definitely) (anxiety|panic)/);
    expect(text).toContain("chest pain");
  });
});

test.describe("Do I need emergency help now?", () => {
  test("any warning sign goes straight to the emergency number; all noes never promise it will pass", async ({ page }) => {
    await page.goto("/en/explainers/panic-attacks");
    await hydrated(page);
    const check = page.locator("#heart-check");
    const result = check.getByRole("status");
    const groups = check.getByRole("group");
    await expect(groups).toHaveCount(9);
    await expect(result).toContainText("Answer every question");
    // A sign without chest pain (back or jaw pain, breathlessness) is enough on its own.
    await check
      .getByRole("group", { name: /jaw, neck, back or stomach/ })
      .getByLabel("Yes")
      .check();
    await expect(result.locator("h3")).toContainText("Call");
    await expect(result).toContainText("now");
    await expectNoAxeViolations(page, "heart check answered");
    await check
      .getByRole("group", { name: /jaw, neck, back or stomach/ })
      .getByLabel("No", { exact: true })
      .check();
    const count = await groups.count();
    for (let i = 0; i < count - 1; i++) await groups.nth(i).getByLabel("No", { exact: true }).check();
    await expect(result).toContainText("Answer every question");
    await groups
      .nth(count - 1)
      .getByLabel("Not sure")
      .check();
    await expect(result.locator("h3")).toContainText("Call");
    await groups
      .nth(count - 1)
      .getByLabel("No", { exact: true })
      .check();
    await expect(result.locator("h3")).toHaveText("No warning signs in your answers");
    await expect(result).toContainText("cannot rule out a heart problem");
    await expect(result).not.toContainText("will pass");
    // What would change the answer, with the number, is still there.
    await expect(result).toContainText("Call");
    await expect(result).toContainText("See a doctor");
  });

  test("for heart symptoms, the number health services name for chest pain comes first (France: 15, then 112)", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("steady.region", "FR"));
    await page.goto("/fr/explainers/cardiophobia");
    await hydrated(page);
    const rule = page.locator("#emergency-rule");
    await expect(rule.getByRole("link", { name: "15" }).first()).toBeVisible();
    await expect(rule.getByRole("link", { name: "15" }).first()).toHaveAttribute("href", "tel:15");
    await expect(rule.getByRole("link", { name: "112" }).first()).toHaveAttribute("href", "tel:112");
    const check = page.locator("#heart-check");
    await check.getByRole("group").first().getByRole("radio").first().check();
    await expect(check.getByRole("status").locator("h3")).toContainText("15");
  });

  test("the numbers in the page's text follow the region: guessed at load, changed, and after moving to another page", async ({
    browser,
  }) => {
    const context = await browser.newContext({ timezoneId: "Europe/Paris", locale: "en-GB" });
    const page = await context.newPage();
    await page.goto("/en/explainers/cardiophobia");
    const rule = page.locator("#emergency-rule");
    // Filled by the help box script, before React has even hydrated: France's 15 first for chest pain.
    await expect(rule.getByRole("link", { name: "15", exact: true }).first()).toHaveAttribute("href", "tel:15");
    await expect(rule.getByRole("link", { name: "112", exact: true }).first()).toHaveAttribute("href", "tel:112");
    await expect(rule).not.toContainText("your emergency number");
    await hydrated(page);
    // The reader chooses another region (as the region picker does): the text changes at once.
    await page.evaluate(() => {
      localStorage.setItem("steady.region", "US");
      window.dispatchEvent(new Event("steady:storage"));
    });
    await expect(rule.getByRole("link", { name: "911", exact: true }).first()).toHaveAttribute("href", "tel:911");
    await expect(rule.getByRole("link", { name: "15", exact: true })).toHaveCount(0);
    // A move inside the site (the router, no new document): the new page's text is filled too.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Panic attacks" }).click();
    await page.waitForURL("**/en/explainers/panic-attacks");
    await expect(page.locator("main [data-emergency] a[href='tel:911']").first()).toBeVisible();
    await expect(page.locator("main [data-emergency]").filter({ hasText: "your emergency number" })).toHaveCount(0);
    // Forgetting the region puts the words back.
    await page.evaluate(() => {
      localStorage.removeItem("steady.region");
      window.dispatchEvent(new Event("steady:storage"));
    });
    await expect(page.locator("main [data-emergency] a[href='tel:112']").first()).toBeVisible();
    await context.close();
  });

  test("works by keyboard: arrow keys move between answers", async ({ page }) => {
    await page.goto("/en/explainers/cardiophobia");
    await hydrated(page);
    const first = page.locator("#heart-check input[type=radio]").first();
    await first.focus();
    await page.keyboard.press("Space");
    await expect(first).toBeChecked();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("#heart-check input[type=radio]").nth(1)).toBeChecked();
  });
});

test.describe("breathing", () => {
  test("starts and stops by keyboard and shows the steps as text", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("link", { name: "Try a slow breathing exercise" }).click();
    await page.waitForURL("**/en/explainers/panic-attacks#breathing");
    const section = page.locator("#breathing");
    await expect(section.locator("ol li").first()).toBeVisible();
    const button = section.getByRole("button", { name: "Start" });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(section.getByRole("button", { name: "Stop" })).toHaveAttribute("aria-pressed", "true");
    await expect(section.locator("[aria-live]")).toHaveText("Breathe in");
    await expect(section.locator("[aria-live]")).toHaveText("Breathe out", { timeout: 7000 });
    await page.keyboard.press("Enter");
    await expect(section.getByRole("button", { name: "Start" })).toBeVisible();
  });
});

test.describe("quick exit", () => {
  test.beforeEach(async ({ context }) => {
    // The neutral site is outside this machine: answer it locally.
    await context.route(`${EXIT}**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title>" }));
  });

  test("the button blanks the page at once and replaces it; earlier Steady pages stay in history, as the about page says", async ({
    page,
  }) => {
    // What the page looked like the moment quick exit ran, kept in this tab's sessionStorage
    // (which outlives the page, so it can be read when the reader comes back).
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const alert = document.querySelector('[role="alert"]');
        if (alert && !sessionStorage.getItem("exitSeen"))
          sessionStorage.setItem(
            "exitSeen",
            JSON.stringify({
              alert: alert.textContent,
              title: document.title,
              main: !!document.querySelector("main"),
              text: document.body.innerText,
            }),
          );
      }).observe(document, { childList: true, subtree: true });
    });
    for (const path of ["/en", "/en/helplines", "/en/explainers/anxiety"]) await page.goto(path);
    await hydrated(page);
    await page.getByRole("link", { name: "Quick exit" }).click();
    await page.waitForURL(EXIT);
    // The page the reader was on is gone from history; the one before it is still there.
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/helplines$/);
    const seen = JSON.parse((await page.evaluate(() => sessionStorage.getItem("exitSeen"))) ?? "null");
    // Blank at once: nothing of the page was left on screen, and screen readers heard why.
    expect(seen).toEqual({ alert: "Leaving this site…", title: "", main: false, text: "Leaving this site…" });
    await page.goto("/en/about");
    await expect(page.locator("main")).toContainText("It cannot remove the other Steady pages you opened before");
  });

  test("pressing Escape three times leaves too", async ({ page }) => {
    await page.goto("/en/helplines/gb");
    await hydrated(page);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/en\/helplines\/gb$/);
    await page.keyboard.press("Escape");
    await page.waitForURL(EXIT);
    // /en/helplines/gb was the only Steady page in this tab: Back leaves the browser on the weather site or its start page.
    await page.goBack();
    expect(page.url()).not.toContain("/helplines/gb");
  });
});
