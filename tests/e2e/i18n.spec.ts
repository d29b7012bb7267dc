import { expect, test } from "@playwright/test";
import { languageTag } from "@/i18n/locales";
import { EXPLAINERS } from "@/lib/content/explainers";
import { ISO_REGION_CODES } from "@/lib/regions";
import { LOCALES } from "./helpers";

const PAGES = ["", "/explainers/anxiety", "/explainers/panic-attacks", "/explainers/cardiophobia", "/helplines", "/helplines/gb", "/about"];

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1] ?? null;

test.describe("every locale: language, direction, title and alternates", () => {
  const english = new Map<string, string>();
  test.beforeAll(async ({ request }) => {
    for (const path of [...PAGES, "/no-such-page"]) {
      const html = await (await request.get(`/en${path}`)).text();
      english.set(path, attr(html, /<title>([^<]*)<\/title>/) ?? "");
    }
  });

  for (const locale of LOCALES) {
    test(locale, async ({ request }) => {
      for (const path of [...PAGES, "/no-such-page"]) {
        const response = await request.get(`/${locale}${path}`);
        expect(response.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
        const html = await response.text();
        expect(attr(html, /<html lang="([^"]+)"/), path).toBe(languageTag(locale));
        expect(attr(html, /<html lang="[^"]+" dir="([^"]+)"/), path).toBe(locale === "ar" ? "rtl" : "ltr");
        const title = attr(html, /<title>([^<]*)<\/title>/);
        expect(title, path).toBeTruthy();
        if (locale !== "en") expect(title, `${locale}${path} title is translated`).not.toBe(english.get(path));
        if (path === "/no-such-page") continue;
        expect(attr(html, /<meta name="description" content="([^"]+)"/), path).toBeTruthy();
        expect(attr(html, /<link rel="canonical" href="([^"]+)"/), path).toMatch(new RegExp(`/${locale}${path.replace(/\//g, "\\/")}$`));
        for (const alternate of [...LOCALES, "x-default"]) {
          const target = alternate === "x-default" ? "en" : alternate;
          const tag = alternate === "x-default" ? alternate : languageTag(alternate);
          expect(html, `${locale}${path} hreflang ${alternate}`).toMatch(
            new RegExp(`<link rel="alternate" hrefLang="${tag}" href="[^"]*/${target}${path.replace(/\//g, "\\/")}"`),
          );
        }
      }
    });
  }
});

test("sitemap.xml lists every page in every locale with its alternates; robots.txt points to it", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = xml.match(/<url>/g) ?? [];
  // Each locale: the story, the explainers, the directory, every region, the about page.
  expect(urls.length).toBe(LOCALES.length * (1 + EXPLAINERS.length + 1 + ISO_REGION_CODES.length + 1));
  expect(xml).toContain("/ar/helplines/eg</loc>");
  expect(xml).toMatch(/hreflang="es"[^>]*\/es\/explainers\/cardiophobia"/);
  expect(xml).toMatch(/hreflang="x-default"/);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("dates, times and region names follow the page's language", async ({ page }) => {
  await page.goto("/de/explainers/anxiety");
  await expect(page.locator("main")).toContainText("26. November 2026");
  await page.goto("/ar/helplines/gb");
  await expect(page.locator("h1")).toContainText("المملكة المتحدة");
  await expect(page.locator("main")).toContainText("نوفمبر");
  await page.goto("/de/helplines/de");
  await expect(page.locator("article", { hasText: "Nummer gegen Kummer" })).toContainText("14:00");
  await page.goto("/en/helplines/de");
  await expect(page.locator("article", { hasText: "Nummer gegen Kummer" })).toContainText("2:00 PM");
});

test("the language switcher names each language in itself, marks it, and keeps the place", async ({ page }) => {
  await page.goto("/en/explainers/cardiophobia#get-help");
  await page.locator("header summary").click();
  const arabic = page.getByRole("link", { name: "العربية" });
  await expect(arabic).toHaveAttribute("lang", "ar");
  await expect(arabic).toHaveAttribute("hreflang", "ar");
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
  await arabic.click();
  await page.waitForURL("**/ar/explainers/cardiophobia#get-help");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(await page.context().cookies()).toEqual([]);
});

test("fact sources: organisations in the page's language, journal titles marked as English", async ({ page }) => {
  await page.goto("/fr/explainers/anxiety");
  await expect(page.locator("#how-common")).toContainText("Organisation mondiale de la santé");
  await page.goto("/es/explainers/panic-attacks");
  await expect(page.locator('#how-common span[lang="en"]').first()).toHaveText("Archives of General Psychiatry");
  await expect(page.locator("#how-common")).not.toContainText("and others");
});
