import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { pickPlural, pluralTemplates } from "@/lib/plural";

describe("plural templates for client leaves", () => {
  it("matches the ICU message for every count (English and Arabic)", () => {
    for (const [locale, messages] of [
      ["en", en],
      ["ar", ar],
    ] as const) {
      const t = createTranslator({ locale, messages, namespace: "Region" });
      const templates = pluralTemplates((count) => t("helplineCount", { count }), locale);
      for (const n of [0, 1, 2, 3, 7, 11, 25, 100, 102]) {
        expect(pickPlural(templates, n, locale), `${locale} ${n}`).toBe(t("helplineCount", { count: n }));
      }
    }
  });
});
