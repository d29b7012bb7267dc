import { expect, test } from "@playwright/test";
import { languageTag } from "@/i18n/locales";
import { expectNoAxeViolations, hydrated, LOCALES, PAGE_PATHS } from "./helpers";

test.describe("locales and redirects", () => {
  for (const locale of LOCALES) {
    test(`/ redirects to ${locale} by Accept-Language, without a cookie`, async ({ request }) => {
      const response = await request.get("/", { headers: { "Accept-Language": `${locale};q=1, en;q=0.5` }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers()["location"]).toMatch(new RegExp(`/${locale}$`));
      expect(response.headers()["set-cookie"]).toBeUndefined();
      expect(response.headers()["vary"]).toMatch(/Accept-Language/i);
      expect(response.headers()["cache-control"]).toBe("no-store");
    });

    test(`${locale} story page has lang and dir`, async ({ page }) => {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", languageTag(locale));
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("main#main")).toBeVisible();
    });
  }

  test("an unsupported language falls back to English; a * keeps the reader's own languages first", async ({ request }) => {
    const get = (lang: string, path = "/") => request.get(path, { headers: { "Accept-Language": lang }, maxRedirects: 0 });
    // The Location may be a path or a full URL on this host: compare the path and query.
    const target = async (lang: string, path = "/") => {
      const url = new URL((await get(lang, path)).headers()["location"], "http://127.0.0.1");
      return url.pathname + url.search;
    };
    expect(await target("nl-NL")).toBe("/en");
    expect(await target("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toBe("/fr");
    expect(await target("de", "/about?x=1")).toBe("/de/about?x=1");
  });
});

test.describe("not found", () => {
  for (const locale of LOCALES) {
    test(`unknown path in ${locale} gives the localized 404 with a way to get help`, async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", languageTag(locale));
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator(`main a[href="/${locale}/helplines"]`)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("an unknown locale is sent to a locale and then gets a 404", async ({ page }) => {
    const response = await page.goto("/xx/helplines");
    expect(response?.status()).toBe(404);
    expect(new URL(page.url()).pathname).toBe("/en/xx/helplines");
  });

  test("unknown explainers and regions are 404s", async ({ request }) => {
    for (const path of ["/en/explainers/flu", "/en/helplines/zz", "/en/helplines/GB", "/fr/helplines/gbr", "/en/about/x"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe("security headers", () => {
  for (const path of ["/en", "/ar/helplines/gb", "/api/regions", "/en/nope"]) {
    test(`on ${path}`, async ({ request }) => {
      const response = await request.get(path);
      const h = response.headers();
      expect(h["content-security-policy"]).toContain("default-src 'self'");
      expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(h["content-security-policy"]).not.toContain("unsafe-eval");
      // Scripts: only the site's own files and, on pages, the hashes of that page's inline scripts.
      expect(/script-src ([^;]*)/.exec(h["content-security-policy"])?.[1]).not.toContain("unsafe-inline");
      expect(h["strict-transport-security"]).toMatch(/max-age=\d{8}/);
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("no-referrer");
      expect(h["permissions-policy"]).toContain("geolocation=()");
      expect(h["x-powered-by"]).toBeUndefined();
    });
  }
});

test("prerendered pages carry an ETag and answer a repeat visit with 304", async ({ request }) => {
  const first = await request.get("/ar/helplines/gb");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^W\/".+"$/);
  const again = await request.get("/ar/helplines/gb", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect((await request.get("/en/helplines/gb")).headers()["etag"]).not.toBe(etag);
});

test.describe("accessibility (axe, WCAG 2.2 AA) on every page in every locale", () => {
  for (const locale of LOCALES) {
    for (const path of PAGE_PATHS) {
      test(`${locale}${path || "/"}`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        await hydrated(page);
        await expectNoAxeViolations(page);
      });
    }
  }
});

// On a small phone the page must not scroll sideways, and Quick exit and every language must be
// on screen, in every language (German's "Schnell verlassen" is the longest label).
test.describe("the header on small phones", () => {
  for (const locale of LOCALES) {
    test(`${locale}: nothing off screen at 320 and 390 px`, async ({ page }) => {
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 700 });
        await page.goto(`/${locale}/helplines`);
        await hydrated(page);
        const within = async (selector: string) =>
          page
            .locator("header > div")
            .locator(selector)
            .evaluateAll((els) =>
              els.map((el) => {
                const r = el.getBoundingClientRect();
                return r.left >= 0 && r.right <= window.innerWidth + 0.5 ? "in" : `${el.textContent?.trim()} at ${r.left}–${r.right}`;
              }),
            );
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // The home link, the language button and Quick exit.
        expect(await within("a:visible, summary")).toEqual(["in", "in", "in"]);
        await page.locator("header summary").click();
        expect(await within("details li a")).toEqual(Array(LOCALES.length).fill("in"));
      }
    });
  }
});
