import fs from "node:fs";
import path from "node:path";
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { describe, expect, it } from "vitest";

// The English explainers are written for a reading age of about 9-11: Flesch-Kincaid grade 8 at most.
const en = JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", "en.json"), "utf8"));

function prose(node: unknown, key = ""): string[] {
  if (typeof node === "string") return /(^|\.)(url|year|source|publisher|title)$/.test(key) && key.includes("sources") ? [] : [node];
  if (Array.isArray(node)) return node.flatMap((n) => prose(n, key));
  if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => (k === "url" ? [] : prose(v, `${key}.${k}`)));
  return [];
}

function grade(strings: string[]): number {
  const text = strings
    .map((s) => s.replace(/\{emergency(Heart)?\}/g, "999").replace(/<[^>]+>/g, ""))
    .map((s) => (/[.!?:]$/.test(s.trim()) ? s : `${s}.`))
    .join(" ");
  const words = text.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0).length;
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) });
}

describe("readability", () => {
  for (const ns of [
    "Anxiety",
    "PanicAttacks",
    "Cardiophobia",
    "Notes",
    "HeartCheck",
    "Breathing",
    "EmergencyRule",
    "SeeingDoctor",
    "Medication",
  ]) {
    it(`${ns} is at or below Flesch-Kincaid grade 8`, () => {
      const g = grade(prose(en[ns]));
      expect(Number.isFinite(g)).toBe(true);
      expect(g).toBeLessThanOrEqual(8);
    });
  }

  it("the measure itself can fail: dense prose scores above grade 8", () => {
    const dense =
      "Cardiophobia constitutes a persistent, disproportionate apprehension regarding cardiovascular pathology, characteristically accompanied by hypervigilant interoceptive monitoring and recurrent emergency consultations.";
    expect(grade([dense])).toBeGreaterThan(8);
  });
});
