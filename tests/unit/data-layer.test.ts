import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDataSet, loadDataFiles } from "@/lib/helplines/import";
import { dataDir, validRegion } from "./helpers/data-files";
import { freshDatabase } from "./helpers/db";

// The data layer against a real temporary SQLite file (lib/db.ts reads DATABASE_URL).
const database = freshDatabase();
type DataLayer = typeof import("@/lib/data/helplines");
let data: DataLayer;

beforeAll(async () => {
  const fr = {
    ...validRegion("FR"),
    timeZone: "Europe/Paris",
    emergency: [
      {
        service: "general",
        dial: "112",
        display: "112",
        sourceUrl: "https://x.example/",
        checkedOn: "2026-11-26",
        area: { en: "Mainland only." },
      },
      { service: "ambulance", dial: "15", display: "15", sourceUrl: "https://x.example/", checkedOn: "2026-11-26", chestPain: true },
    ],
  };
  const ie: Record<string, unknown> = { ...validRegion("IE"), timeZone: "Europe/Dublin" };
  (ie.helplines as Array<Record<string, unknown>>).forEach((h) => (h.topics = ["youth", "mental-health"]));
  await importDataSet(database.db, loadDataFiles(dataDir({ "gb.json": validRegion(), "fr.json": fr, "ie.json": ie })));
  process.env.DATABASE_URL = database.url;
  data = await import("@/lib/data/helplines");
});

afterAll(async () => {
  const { disconnect } = await import("@/lib/db");
  await disconnect();
  await database.close();
});

describe("data layer", () => {
  it("lists the regions with data", async () => {
    expect(await data.getRegionCodes()).toEqual(["FR", "GB", "IE"]);
  });

  it("returns a region with its emergency number first and crisis lines first", async () => {
    const region = await data.getRegion("GB", "en");
    expect(region?.emergency[0]).toMatchObject({ dial: "999", service: "general", checkedOn: "2026-11-26" });
    expect(region?.helplines.map((h) => h.slug)).toEqual(["samaritans", "evening-line"]);
    expect(region?.helplines[1]).toMatchObject({
      languages: ["en", "cy"],
      cost: "unknown",
      reachableFromAbroad: false,
      checkedOn: "2024-01-15",
    });
    expect(region?.helplines[1].hours).toEqual({
      type: "weekly",
      days: {
        mon: [["18:00", "02:00"]],
        sat: [
          ["10:00", "13:00"],
          ["18:00", "22:00"],
        ],
      },
    });
  });

  it("is null for a region without data", async () => {
    expect(await data.getRegion("ZW", "en")).toBeNull();
  });

  it("uses the reader's language for descriptions, falling back to English", async () => {
    const es = await data.getHelplinesForRegion("GB", "es");
    expect(es[0]).toMatchObject({ description: "Alguien con quien hablar.", descriptionLocale: "es" });
    expect(es[1]).toMatchObject({ descriptionLocale: "en" });
  });

  it("filters by topic, contact, language and open now", async () => {
    expect((await data.getHelplinesForRegion("GB", "en", { topic: "anxiety" })).map((h) => h.slug)).toEqual(["evening-line"]);
    expect((await data.getHelplinesForRegion("GB", "en", { contact: "email" })).map((h) => h.slug)).toEqual(["samaritans"]);
    expect((await data.getHelplinesForRegion("GB", "en", { language: "cy" })).map((h) => h.slug)).toEqual(["evening-line"]);
    expect(await data.getHelplinesForRegion("GB", "en", { topic: "youth" })).toEqual([]);
    // Monday 2026-11-23 at 12:00 London time: the 24/7 line is open, the evening line is not.
    const noon = new Date("2026-11-23T12:00:00Z");
    expect((await data.getHelplinesForRegion("GB", "en", { openNow: true }, noon)).map((h) => h.slug)).toEqual(["samaritans"]);
    const late = new Date("2026-11-23T23:00:00Z");
    expect((await data.getHelplinesForRegion("GB", "en", { openNow: true }, late)).map((h) => h.slug)).toEqual([
      "samaritans",
      "evening-line",
    ]);
  });

  it("summarises each region for the help box", async () => {
    const gb = (await data.getRegionSummaries()).find((s) => s.code === "GB");
    expect(gb).toEqual({
      code: "GB",
      emergency: { dial: "999", display: "999", area: null },
      heart: null,
      top: { name: "Samaritans", type: "phone", dial: "116123", display: "116 123", keyword: null },
    });
  });

  it("gives the help box the chest-pain number, where the emergency number works, and only adult support lines", async () => {
    const summaries = await data.getRegionSummaries();
    expect(summaries.find((s) => s.code === "FR")).toMatchObject({
      emergency: { dial: "112", area: { en: "Mainland only." } },
      heart: { dial: "15", display: "15" },
    });
    // Ireland's only lines here are for young people: no support line for the help box.
    expect(summaries.find((s) => s.code === "IE")?.top).toBeNull();
  });

  it("lists records not checked for 12 months", async () => {
    const stale = await data.getStaleRecords(12, new Date("2026-11-26T00:00:00Z"));
    expect(stale.helplines.map((h) => h.id).sort()).toEqual(["fr-evening-line", "gb-evening-line", "ie-evening-line"]);
    expect(stale.emergency).toEqual([]);
  });
});
