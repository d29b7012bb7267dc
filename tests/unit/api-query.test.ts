import { describe, expect, it } from "vitest";
import { parseHelplinesQuery } from "@/lib/api/query";

const q = (s: string) => parseHelplinesQuery(new URLSearchParams(s));

describe("/api/helplines query validation", () => {
  it("accepts a region and the optional filters", () => {
    expect(q("region=gb&topic=crisis&contact=sms&language=ES&openNow=true&locale=es")).toEqual({
      ok: true,
      value: { region: "gb", topic: "crisis", contact: "sms", language: "es", openNow: "true", locale: "es" },
    });
  });
  it("refuses missing, malformed and repeated parameters with a sentence", () => {
    expect(q("")).toEqual({ ok: false, error: expect.stringMatching(/region is required/) });
    expect(q("region=GBR")).toEqual({ ok: false, error: expect.stringMatching(/two letters/) });
    expect(q("region=G1")).toEqual({ ok: false, error: expect.stringMatching(/two letters/) });
    expect(q("region=GB&topic=astrology")).toEqual({ ok: false, error: expect.stringMatching(/topic must be one of/) });
    expect(q("region=GB&contact=pigeon")).toEqual({ ok: false, error: expect.stringMatching(/contact must be one of/) });
    expect(q("region=GB&language=español")).toEqual({ ok: false, error: expect.stringMatching(/language must be/) });
    expect(q("region=GB&openNow=yes")).toEqual({ ok: false, error: expect.stringMatching(/openNow must be true or false/) });
    expect(q("region=GB&region=FR")).toEqual({ ok: false, error: "region was given more than once" });
    expect(q("region=GB&debug=1")).toEqual({ ok: false, error: "unknown parameter: debug" });
  });
});
