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
  it("knows every zone by the name the browser reports, old ICU names included", () => {
    // Chromium reports America/Nuuk as "America/Godthab" and Pacific/Chuuk as "Pacific/Truk".
    expect(TIME_ZONE_REGIONS["America/Godthab"]).toBe("GL");
    expect(TIME_ZONE_REGIONS["Pacific/Truk"]).toBe("FM");
    expect(TIME_ZONE_REGIONS["Pacific/Enderbury"]).toBe("KI");
    expect(TIME_ZONE_REGIONS["Asia/Calcutta"]).toBe("IN");
    for (const [zone, code] of Object.entries(TIME_ZONE_REGIONS)) {
      const reported = new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
      expect(TIME_ZONE_REGIONS[reported], `${zone} is reported as ${reported}`).toBe(code);
    }
  });
});
