import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyPath, SITE_PATHS } from "@/lib/site-pages";
import { routing } from "@/i18n/routing";

// The proxy's matcher keeps it off the API, built assets and static files; for everything else
// it asks lib/site-pages.ts whether the path is a page. Next.js applies the matcher as a regular
// expression over the path. proxy.ts is read as text: Next.js needs its matcher as a literal, and
// the file imports next/server, which only runs inside Next.
const source = fs.readFileSync(path.join(process.cwd(), "proxy.ts"), "utf8");
const literal = JSON.parse(source.match(/matcher: \[\s*("(?:[^"\\]|\\.)*")/)![1]) as string;
const matcher = new RegExp(`^${literal}$`);

const answer = (pathname: string) => classifyPath(pathname).kind;

describe("proxy matcher", () => {
  it("lists no locale, page or region: those come from the one list", () => {
    expect(literal).not.toMatch(/helplines|explainers|about|\b(?:en|ar)\b/);
  });

  it("skips the API, built assets and static files", () => {
    for (const p of ["/api/regions", "/api/helplines", "/_next/static/x.js", "/robots.txt", "/sw.js", "/help-box/en.js", "/icon.svg"])
      expect(matcher.test(p), p).toBe(false);
  });

  it("runs for pages, the root, paths without a locale and unknown paths", () => {
    for (const p of ["/", "/en", "/ar/about", "/about", "/xx/helplines", "/en/nope", "/robots.txt.bak", "/en.php"])
      expect(matcher.test(p), p).toBe(true);
  });
});

describe("classifyPath: what the proxy answers", () => {
  it("lets every page of every locale through", () => {
    for (const locale of routing.locales) for (const p of SITE_PATHS) expect(answer(`/${locale}${p}`), `/${locale}${p}`).toBe("page");
  });

  it("gives the 404 page for unknown paths inside a locale, and a redirect outside one", () => {
    for (const p of ["/en/nope", "/en/helplines/zz", "/en/helplines/GB", "/en/explainers/other", "/en/about/more", "/en/not-found-page"])
      expect(answer(p), p).toBe("not-found");
    expect(classifyPath("/ar/nope")).toEqual({ kind: "not-found", locale: "ar" });
    for (const p of ["/", "/about", "/xx/helplines", "/EN", "/en.php"]) expect(answer(p), p).toBe("no-locale");
  });
});
