import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXPLAINERS } from "@/lib/content/explainers";
import { ISO_REGION_CODES } from "@/lib/regions";
import { routing } from "@/i18n/routing";

// The proxy's matcher spells out the pages that exist so that it runs only for the others.
// Next.js applies the matcher as a regular expression over the path.
// proxy.ts is read as text: Next.js needs its matcher as a literal, and the file imports
// next/server, which only runs inside Next.
const source = fs.readFileSync(path.join(process.cwd(), "proxy.ts"), "utf8");
const literal = JSON.parse(source.match(/matcher: \[\s*("(?:[^"\\]|\\.)*")/)![1]) as string;
const config = { matcher: [literal] };
const matcher = new RegExp(`^${literal}$`);

describe("proxy matcher", () => {
  it("lists every region code and explainer of the site, and no others", () => {
    const codes = config.matcher[0].match(/helplines\(\?:\/\(\?:([a-z|]+)\)\)/)![1].split("|");
    expect(codes).toEqual(ISO_REGION_CODES.map((c) => c.toLowerCase()));
    const slugs = config.matcher[0].match(/explainers\/\(\?:([a-z|-]+)\)/)![1].split("|");
    expect(slugs).toEqual(EXPLAINERS.map((e) => e.slug));
    const locales = config.matcher[0].match(/\(\?:([a-z|]+)\)\(\?:\/\(\?:about/)![1].split("|");
    expect(locales).toEqual([...routing.locales]);
  });

  it("skips pages that exist, the API and static files", () => {
    for (const path of [
      "/en",
      "/ar/about",
      "/fr/helplines",
      "/de/helplines/gb",
      "/pt/explainers/cardiophobia",
      "/api/regions",
      "/_next/static/x.js",
      "/robots.txt",
      "/sw.js",
      "/help-box/en.js",
    ]) {
      expect(matcher.test(path), path).toBe(false);
    }
  });

  it("runs for the root, paths without a locale and unknown paths", () => {
    for (const path of [
      "/",
      "/about",
      "/xx/helplines",
      "/en/nope",
      "/en/helplines/zz",
      "/en/helplines/GB",
      "/en/explainers/other",
      "/en/about/more",
      "/en.php",
    ]) {
      expect(matcher.test(path), path).toBe(true);
    }
  });
});
