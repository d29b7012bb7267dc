import { describe, expect, it } from "vitest";
import { guessRegion } from "@/lib/region-guess";
import { TIME_ZONE_REGIONS } from "@/lib/time-zone-regions";

const available = new Set(["GB", "IE", "FR", "ES", "MX", "EG"]);

describe("region guess from what the browser says", () => {
  it("prefers the time zone", () => {
    expect(guessRegion({ timeZone: "Europe/Dublin", languages: ["en-GB"] }, TIME_ZONE_REGIONS, available)).toEqual({
      code: "IE",
      reason: "timeZone",
    });
  });
  it("falls back to the region of a preferred language", () => {
    expect(guessRegion({ timeZone: "Asia/Tokyo", languages: ["es-MX", "en"] }, TIME_ZONE_REGIONS, available)).toEqual({
      code: "MX",
      reason: "language",
    });
  });
  it("skips languages without a region or with a region we have no data for", () => {
    expect(guessRegion({ timeZone: "UTC", languages: ["ar", "de-DE", "fr-FR"] }, TIME_ZONE_REGIONS, available)).toEqual({
      code: "FR",
      reason: "language",
    });
  });
  it("gives no guess when nothing fits, and survives junk", () => {
    expect(guessRegion({ timeZone: "Asia/Tokyo", languages: ["ja-JP"] }, TIME_ZONE_REGIONS, available)).toBeNull();
    expect(guessRegion({ timeZone: null, languages: ["!!", ""] }, TIME_ZONE_REGIONS, available)).toBeNull();
  });
  it("knows the zones of the regions with data", () => {
    expect(TIME_ZONE_REGIONS["Africa/Cairo"]).toBe("EG");
    expect(TIME_ZONE_REGIONS["America/Mexico_City"]).toBe("MX");
  });
});
