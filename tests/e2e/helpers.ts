import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { routing } from "@/i18n/routing";
import { PAGE_KINDS, SITE_PATHS } from "@/lib/site-pages";

export const LOCALES = routing.locales;

/**
 * Every page but the region pages (from the one list, so a new page is checked with no edit here),
 * and four region pages, one of each kind of data.
 */
export const PAGE_PATHS: readonly string[] = [
  ...SITE_PATHS.filter((path) => !PAGE_KINDS.region.paths.includes(path)),
  "/helplines/gb",
  "/helplines/zw",
  "/helplines/ag", // an emergency number but no verified adult support line yet
  "/helplines/aq", // a region without data
];

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoAxeViolations(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Waits until client components have hydrated (the help box settles on a region or a fallback). */
export async function hydrated(page: Page) {
  await page.waitForLoadState("networkidle");
}
