import { expect, test } from "@playwright/test";
import { hydrated, PAGE_PATHS } from "./helpers";

test.describe("privacy", () => {
  for (const locale of ["en", "ar"]) {
    test(`${locale}: no request leaves the site, no page view sets a cookie, no script is blocked`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const cookies: string[] = [];
      page.on("request", (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith("data:")) foreign.push(url);
      });
      await page.addInitScript(() => {
        (window as unknown as { cspViolations: string[] }).cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) =>
          (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const violations: string[] = [];
      page.on("response", async (r) => {
        const set = await r.headerValue("set-cookie");
        if (set) cookies.push(`${r.url()}: ${set}`);
      });
      for (const path of [...PAGE_PATHS, "/nope"]) {
        await page.goto(`/${locale}${path}`);
        await hydrated(page);
        violations.push(
          ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).map((v) => `${path}: ${v}`),
        );
      }
      // The per-page script hashes cover every inline script: nothing was blocked.
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
      expect(cookies).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
    });
  }
});
