import { expect, test } from "@playwright/test";
import { hydrated, PAGE_PATHS } from "./helpers";

test.describe("privacy", () => {
  for (const locale of ["en", "ar"]) {
    test(`${locale}: no request leaves the site and no page view sets a cookie`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const cookies: string[] = [];
      page.on("request", (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith("data:")) foreign.push(url);
      });
      page.on("response", async (r) => {
        const set = await r.headerValue("set-cookie");
        if (set) cookies.push(`${r.url()}: ${set}`);
      });
      for (const path of [...PAGE_PATHS, "/nope"]) {
        await page.goto(`/${locale}${path}`);
        await hydrated(page);
      }
      expect(foreign).toEqual([]);
      expect(cookies).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
    });
  }
});
