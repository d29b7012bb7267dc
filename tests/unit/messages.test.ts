import fs from "node:fs";
import path from "node:path";
import { parse } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";

type Tree = string | Tree[] | { [key: string]: Tree };
const load = (locale: string): Tree => JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree === "string") out.set(prefix, tree);
  else if (Array.isArray(tree)) tree.forEach((t, i) => leaves(t, `${prefix}[${i}]`).forEach((v, k) => out.set(k, v)));
  else for (const [k, v] of Object.entries(tree)) leaves(v, prefix ? `${prefix}.${k}` : k).forEach((val, key) => out.set(key, val));
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();

// Strings that are rightly the same in every language: names, titles of English sources,
// addresses and numbers. Anything else equal to English is text someone forgot to translate.
const SAME_AS_ENGLISH_ALLOWED = [
  /^Metadata\.siteName$/,
  /^Region\.contactTypes\.whatsapp$/,
  /\.sources\[\d+\]\.(title|publisher|url)$/,
  /\.howCommon\.facts\[\d+\]\.(source|year|url)$/,
];

const en = leaves(load("en"));

describe("messages", () => {
  it("English strings are valid ICU messages", () => {
    for (const [key, text] of en) expect(() => parse(text), key).not.toThrow();
  });

  for (const locale of routing.locales.filter((l) => l !== "en")) {
    describe(locale, () => {
      const other = leaves(load(locale));

      it("has exactly the keys of en.json", () => {
        expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      });

      it("keeps every placeholder and rich-text tag, and parses as ICU", () => {
        for (const [key, text] of other) {
          expect(() => parse(text), `${locale} ${key}`).not.toThrow();
          const source = en.get(key) ?? "";
          expect(
            placeholders(text).filter((p) => p !== "count"),
            `${locale} ${key}`,
          ).toEqual(
            [...new Set(placeholders(source).filter((p) => p !== "count"))].flatMap((p) => placeholders(text).filter((q) => q === p)),
          );
          expect(new Set(placeholders(text)), `${locale} ${key}`).toEqual(new Set(placeholders(source)));
          expect(tags(text), `${locale} ${key}`).toEqual(tags(source));
        }
      });

      it("leaves no English behind except names and numbers", () => {
        const untranslated = [...other]
          .filter(([key, text]) => text === en.get(key) && /\p{L}{3}/u.test(text))
          .filter(([key]) => !SAME_AS_ENGLISH_ALLOWED.some((re) => re.test(key)))
          .map(([key]) => key);
        expect(untranslated).toEqual([]);
      });
    });
  }
});
