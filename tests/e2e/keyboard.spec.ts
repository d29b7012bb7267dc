import { expect, test, type Page } from "@playwright/test";
import { hydrated } from "./helpers";

/** Tab until `matches` holds for the focused element, checking every stop has a visible focus style. */
async function tabTo(page: Page, matches: (el: HTMLElement) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate(`(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
      return { hit: (${matches.toString()})(el), visible, what: el.tagName + " " + (el.getAttribute("href") || el.id || el.textContent.slice(0, 30)) };
    })()`);
    const { hit, visible, what } = state as { hit: boolean; visible: boolean; what: string };
    expect(visible, `focus is visible on ${what}`).toBe(true);
    if (hit) return;
  }
  throw new Error("never reached the element by Tab");
}

test("keyboard only: story → explainer → helplines → a number to call, with visible focus", async ({ page }) => {
  await page.goto("/en");
  await hydrated(page);
  // The skip link comes first and moves focus to the main content.
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to main content");
  await expect(page.locator(":focus")).toBeInViewport();
  await page.keyboard.press("Enter");
  await tabTo(page, (el) => el.getAttribute("href") === "/en/explainers/cardiophobia");
  await page.keyboard.press("Enter");
  await page.waitForURL("**/en/explainers/cardiophobia");
  await tabTo(page, (el) => el.getAttribute("href") === "/en/helplines");
  await page.keyboard.press("Enter");
  await page.waitForURL("**/en/helplines");
  await hydrated(page);
  await tabTo(page, (el) => el.id === "region-search");
  await page.keyboard.type("Ireland");
  await page.keyboard.press("Enter");
  await page.waitForURL("**/en/helplines/ie");
  await tabTo(page, (el) => (el.getAttribute("href") ?? "").startsWith("tel:") && !!el.closest("main"));
  await expect(page.locator(":focus")).toHaveAttribute("href", /^tel:/);
});
