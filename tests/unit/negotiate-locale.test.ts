import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/negotiate-locale";

const LOCALES = ["en", "es", "fr", "de", "pt", "ar", "zh", "ja"];
const pick = (header: string | null) => negotiateLocale(header, LOCALES, "en");

describe("Accept-Language negotiation", () => {
  it("takes the reader's first language we have, by weight then order", () => {
    expect(pick("de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(pick("nl-NL, fr;q=0.7, en;q=0.8")).toBe("en");
    expect(pick("pt-BR")).toBe("pt");
    expect(pick("ar-EG;q=0.5, es;q=0.9")).toBe("es");
    expect(pick(null)).toBe("en");
    expect(pick("")).toBe("en");
  });

  it("a * never throws away the reader's own languages", () => {
    expect(pick("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toBe("fr");
    expect(pick("*, fr;q=0.5")).toBe("fr");
    expect(pick("*")).toBe("en");
  });

  it("sends every Chinese reader to Simplified Chinese, the only Chinese we have", () => {
    for (const h of ["zh-CN", "zh-SG", "zh-TW", "zh-HK", "zh-Hant-TW,zh;q=0.8", "zh-Hans"]) expect(pick(h), h).toBe("zh");
  });

  it("ignores malformed tags, invalid or zero weights, and anything past a real browser's length", () => {
    expect(pick("de;q=0, fr")).toBe("fr");
    expect(pick("de;q=2x, fr")).toBe("fr");
    expect(pick("<script>, ja")).toBe("ja");
    expect(pick(`${Array.from({ length: 5000 }, (_, i) => `x${i}`).join(",")},fr`)).toBe("en");
  });

  it("a huge header with many distinct tags is answered at once", () => {
    const header = Array.from({ length: 20000 }, (_, i) => `l${i.toString(36)}-x${i};q=0.${i % 9}`).join(",");
    const started = performance.now();
    for (let i = 0; i < 100; i++) pick(header);
    expect((performance.now() - started) / 100).toBeLessThan(5);
  });
});
