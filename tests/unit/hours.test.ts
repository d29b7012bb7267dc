import { describe, expect, it } from "vitest";
import { groupSchedule, isOpenNow, openStatus } from "@/lib/helplines/hours";
import type { Hours } from "@/lib/helplines/model";

const weekly = (days: Extract<Hours, { type: "weekly" }>["days"]): Hours => ({ type: "weekly", days });
// 2026-11-23 is a Monday.
const at = (iso: string) => new Date(iso);

describe("opening hours", () => {
  it("24/7 and unknown hours", () => {
    expect(openStatus({ type: "always" }, "Europe/London", at("2026-11-23T03:00:00Z"))).toEqual({ kind: "always" });
    expect(openStatus({ type: "unknown" }, "Europe/London")).toEqual({ kind: "unknown" });
    expect(isOpenNow({ type: "unknown" }, "Europe/London")).toBe(false);
  });

  it("a simple daytime range, in the helpline's time zone", () => {
    const h = weekly({ mon: [["09:00", "17:00"]] });
    expect(openStatus(h, "Europe/London", at("2026-11-23T10:00:00Z"))).toEqual({ kind: "open", closesAt: "17:00" });
    // 08:30 UTC is 09:30 in Paris (CET, UTC+1) but 08:30 in London.
    expect(isOpenNow(h, "Europe/Paris", at("2026-11-23T08:30:00Z"))).toBe(true);
    expect(isOpenNow(h, "Europe/London", at("2026-11-23T08:30:00Z"))).toBe(false);
    expect(openStatus(h, "Europe/London", at("2026-11-23T08:30:00Z"))).toEqual({ kind: "closed", opensAt: { day: "mon", time: "09:00" } });
    expect(openStatus(h, "Europe/London", at("2026-11-23T17:00:00Z"))).toEqual({ kind: "closed", opensAt: { day: "mon", time: "09:00" } });
  });

  it("a range past midnight belongs to the day it starts on", () => {
    const h = weekly({ mon: [["18:00", "02:00"]] });
    expect(openStatus(h, "Europe/London", at("2026-11-23T23:30:00Z"))).toEqual({ kind: "open", closesAt: "02:00" });
    expect(isOpenNow(h, "Europe/London", at("2026-11-24T01:59:00Z"))).toBe(true); // Tuesday 01:59
    expect(isOpenNow(h, "Europe/London", at("2026-11-24T02:00:00Z"))).toBe(false);
    expect(isOpenNow(h, "Europe/London", at("2026-11-23T01:00:00Z"))).toBe(false); // Monday 01:00: Sunday had no range
  });

  it("Sunday night into Monday wraps round the week", () => {
    const h = weekly({ sun: [["22:00", "06:00"]] });
    expect(isOpenNow(h, "Europe/London", at("2026-11-23T05:00:00Z"))).toBe(true); // Monday 05:00
    expect(openStatus(h, "Europe/London", at("2026-11-23T07:00:00Z"))).toEqual({ kind: "closed", opensAt: { day: "sun", time: "22:00" } });
  });

  it("two ranges in one day", () => {
    const h = weekly({
      sat: [
        ["10:00", "13:00"],
        ["18:00", "22:00"],
      ],
    });
    const sat = (hhmm: string) => at(`2026-11-28T${hhmm}:00Z`);
    expect(isOpenNow(h, "Europe/London", sat("11:00"))).toBe(true);
    expect(openStatus(h, "Europe/London", sat("14:00"))).toEqual({ kind: "closed", opensAt: { day: "sat", time: "18:00" } });
    expect(openStatus(h, "Europe/London", sat("19:00"))).toEqual({ kind: "open", closesAt: "22:00" });
  });

  it("ranges that meet at midnight read as one opening", () => {
    const h = weekly({ mon: [["20:00", "24:00"]], tue: [["00:00", "03:00"]] });
    expect(openStatus(h, "Europe/London", at("2026-11-23T21:00:00Z"))).toEqual({ kind: "open", closesAt: "03:00" });
  });

  it("follows daylight saving: the same UTC moment is a different local hour", () => {
    const h = weekly({ sun: [["09:00", "10:00"]] });
    // Europe/London moves from BST (UTC+1) to GMT on Sunday 2026-10-25 at 02:00 local.
    expect(isOpenNow(h, "Europe/London", at("2026-10-25T08:30:00Z"))).toBe(false); // 08:30 GMT
    expect(isOpenNow(h, "Europe/London", at("2026-10-25T09:30:00Z"))).toBe(true); // 09:30 GMT
    expect(isOpenNow(h, "Europe/London", at("2026-10-18T08:30:00Z"))).toBe(true); // a week before: 09:30 BST
    // New York springs forward on Sunday 2026-03-08: 10:00 local is 14:00 UTC (EDT, UTC-4).
    const ny = weekly({ sun: [["10:00", "11:00"]] });
    expect(isOpenNow(ny, "America/New_York", at("2026-03-08T14:30:00Z"))).toBe(true);
    expect(isOpenNow(ny, "America/New_York", at("2026-03-01T14:30:00Z"))).toBe(false); // 09:30 EST
  });

  it("groups days with the same hours for display", () => {
    const h = weekly({
      mon: [["09:00", "17:00"]],
      tue: [["09:00", "17:00"]],
      wed: [["09:00", "17:00"]],
      fri: [["09:00", "12:00"]],
    }) as Extract<Hours, { type: "weekly" }>;
    expect(groupSchedule(h)).toEqual([
      { from: "mon", to: "wed", ranges: [["09:00", "17:00"]] },
      { from: "fri", to: "fri", ranges: [["09:00", "12:00"]] },
    ]);
  });

  it("follows ranges that chain across days, whatever their order in the week", () => {
    // Saturday 22:00–24:00, Sunday all day, Monday 00:00–02:00: one opening from Saturday night to Monday 02:00.
    const h = weekly({ sat: [["22:00", "24:00"]], sun: [["00:00", "24:00"]], mon: [["00:00", "02:00"]] });
    expect(openStatus(h, "Europe/London", at("2026-11-28T23:00:00Z"))).toEqual({ kind: "open", closesAt: "02:00" }); // Saturday 23:00
    expect(openStatus(h, "Europe/London", at("2026-11-29T12:00:00Z"))).toEqual({ kind: "open", closesAt: "02:00" }); // Sunday noon
    expect(openStatus(h, "Europe/London", at("2026-11-30T01:00:00Z"))).toEqual({ kind: "open", closesAt: "02:00" }); // Monday 01:00
    expect(isOpenNow(h, "Europe/London", at("2026-11-30T02:00:00Z"))).toBe(false);
    // A chain through the whole week, from Friday evening to Friday morning.
    const week = weekly({
      fri: [["18:00", "24:00"]],
      sat: [["00:00", "24:00"]],
      sun: [["00:00", "24:00"]],
      mon: [["00:00", "24:00"]],
      tue: [["00:00", "24:00"]],
      wed: [["00:00", "24:00"]],
      thu: [["00:00", "24:00"]],
    });
    expect(openStatus(week, "Europe/London", at("2026-11-28T10:00:00Z"))).toEqual({ kind: "open", closesAt: "00:00" }); // closes Friday 00:00
  });

  it("chains hold across a daylight-saving change, on the helpline's own clock", () => {
    // Europe/London leaves summer time on Sunday 25 October 2026 (02:00 BST → 01:00 GMT).
    const h = weekly({ sat: [["20:00", "24:00"]], sun: [["00:00", "06:00"]] });
    expect(openStatus(h, "Europe/London", at("2026-10-24T23:30:00Z"))).toEqual({ kind: "open", closesAt: "06:00" }); // Sunday 00:30 BST
    expect(isOpenNow(h, "Europe/London", at("2026-10-25T05:30:00Z"))).toBe(true); // 05:30 GMT
    expect(isOpenNow(h, "Europe/London", at("2026-10-25T06:00:00Z"))).toBe(false);
  });
});
