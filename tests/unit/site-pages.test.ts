import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXPLAINERS } from "@/lib/content/explainers";
import { ISO_REGION_CODES } from "@/lib/regions";
import { isSitePath, NAV_PAGES, OFFLINE_PATHS, PAGE_KINDS, SITE_PATHS } from "@/lib/site-pages";
import en from "@/messages/en.json";

// The page files under app/[locale], as route patterns ("" for the story, "/helplines/[cc]").
function pageRoutes(dir = path.join(process.cwd(), "app", "[locale]"), prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return pageRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`);
    return entry.name === "page.tsx" ? [prefix] : [];
  });
}

describe("the page list (lib/site-pages.ts)", () => {
  it("has exactly the pages under app/[locale] (the 404 page is not a page readers are sent to)", () => {
    const routes = pageRoutes().filter((r) => r !== "/not-found-page");
    expect(
      Object.values(PAGE_KINDS)
        .map((k) => k.route)
        .sort(),
    ).toEqual(routes.sort());
  });

  it("lists every explainer and every ISO region, once", () => {
    expect(SITE_PATHS).toHaveLength(3 + EXPLAINERS.length + ISO_REGION_CODES.length);
    expect(new Set(SITE_PATHS).size).toBe(SITE_PATHS.length);
    expect(isSitePath("/explainers/cardiophobia")).toBe(true);
    expect(isSitePath("/helplines/gb")).toBe(true);
    expect(isSitePath("/helplines/GB")).toBe(false);
    expect(isSitePath("/helplines/zz")).toBe(false);
    expect(isSitePath("/")).toBe(false);
  });

  it("gives the menu a message for every entry, in the order readers know", () => {
    expect(NAV_PAGES.map((p) => p.href)).toEqual(["/", "/helplines", ...EXPLAINERS.map((e) => `/explainers/${e.slug}`), "/about"]);
    for (const { key } of NAV_PAGES) expect(en.Layout.nav[key], key).toBeTruthy();
    expect(Object.keys(en.Layout.nav).sort()).toEqual(NAV_PAGES.map((p) => p.key).sort());
  });

  it("saves the story, the explainers and the directory for offline reading, not 250 region pages", () => {
    expect(OFFLINE_PATHS).toEqual(["", "/helplines", ...EXPLAINERS.map((e) => `/explainers/${e.slug}`)]);
  });
});
