import { describe, expect, it } from "vitest";
import { decodeHelpData, encodeHelpData, type HelpBoxData } from "@/lib/help-data";
import { TIME_ZONE_REGIONS } from "@/lib/time-zone-regions";

// The help box data every page loads: the compact form must give back exactly what went in.
const data: HelpBoxData = {
  zones: { ...TIME_ZONE_REGIONS },
  regions: {
    FR: {
      name: "France",
      emergency: { dial: "112", display: "112", area: null },
      heart: { dial: "15", display: "15" },
      top: { name: "3114", type: "phone", dial: "3114", display: "31 14", keyword: null },
    },
    SA: {
      name: "Saudi Arabia",
      emergency: { dial: "911", display: "911", area: "Only in Riyadh, Makkah, Madinah and the Eastern Province." },
      heart: null,
      top: null,
    },
    US: {
      name: "United States",
      emergency: { dial: "911", display: "911", area: null },
      heart: null,
      top: { name: "Crisis Text Line", type: "sms", dial: "741741", display: "741741", keyword: "HOME" },
    },
    PH: {
      name: "Philippines",
      emergency: { dial: "911", display: "911", area: null },
      heart: null,
      top: { name: "NCMH", type: "phone", dial: "1553", display: "1553", keyword: null },
    },
    KM: { name: "Comoros", emergency: null, heart: null, top: null },
  },
  strings: {
    call: "Call",
    text: "Text",
    emergencyLead: "In an emergency",
    noSupportLine: "No verified support line here yet.",
    directories: "Directories",
    regionGuessed: "Region guessed: {region}.",
    regionChosen: "Your region: {region}.",
    change: "Change",
    moreHelplines: "More helplines in {region}",
    or: "or",
  },
  classes: { actions: "a", line: "l", name: "n", call: "c", emergency: "e", area: "r", directories: "d", meta: "m" },
  directory: "/en/helplines",
  directoryLinks: [{ name: "Find A Helpline", url: "https://findahelpline.com" }],
  storageKey: "steady-region",
};

describe("the help box data's compact form", () => {
  it("decodes to what was encoded", () => {
    expect(decodeHelpData(encodeHelpData(data))).toEqual(data);
  });
  it("survives a trip through JSON, as it is sent", () => {
    expect(decodeHelpData(JSON.parse(JSON.stringify(encodeHelpData(data))))).toEqual(data);
  });
  it("cuts what a region leaves out", () => {
    const compact = encodeHelpData(data);
    expect(compact.regions.SA).toEqual(["Saudi Arabia", "911", 0, 0, 0, "Only in Riyadh, Makkah, Madinah and the Eastern Province."]);
    expect(compact.regions.PH).toEqual(["Philippines", "911", "NCMH", "1553"]);
    expect(compact.regions.KM).toEqual(["Comoros"]);
    expect(compact.zones.Europe.FR).toBe("Paris");
    expect(compact.zones.America.US.split(" ")).toContain("New_York");
  });
});
