import { describe, expect, it } from "vitest";
import { loadDataFiles } from "@/lib/helplines/import";

// CI fails when a number's check date is more than 12 months old or in the future: a number
// nobody has read at its source for a year must be checked again before it is shown as current.
const MONTHS = 12;

function tooOld(iso: string, now: Date): boolean {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - MONTHS);
  return new Date(`${iso}T00:00:00Z`) < cutoff;
}

describe("freshness of the helpline data", () => {
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const records = loadDataFiles().files.flatMap(({ file, data }) => [
    ...data.emergency.map((e) => ({ what: `${file} emergency ${e.dial}`, checkedOn: e.checkedOn })),
    ...data.helplines.map((h) => ({ what: `${file} ${h.slug}`, checkedOn: h.checkedOn })),
  ]);

  it("has records to check", () => {
    expect(records.length).toBeGreaterThan(100);
  });

  it(`every number was checked in the last ${MONTHS} months, and none in the future`, () => {
    const stale = records.filter((r) => tooOld(r.checkedOn, now) || r.checkedOn > today).map((r) => `${r.what} (${r.checkedOn})`);
    expect(stale).toEqual([]);
  });

  it("the rule itself can fail", () => {
    expect(tooOld("2020-01-01", now)).toBe(true);
    expect(tooOld(today, now)).toBe(false);
  });
});
