import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Numbers that libphonenumber knows for each region the tests use (the import checks them).
const NUMBERS: Record<string, { emergency: string; phone: string; phoneDisplay: string; sms: string }> = {
  GB: { emergency: "999", phone: "116123", phoneDisplay: "116 123", sms: "85258" },
  FR: { emergency: "112", phone: "0972394050", phoneDisplay: "09 72 39 40 50", sms: "0612345678" },
  IE: { emergency: "112", phone: "116123", phoneDisplay: "116 123", sms: "50808" },
};

/** A valid region file to start from; tests change one field to make it bad. */
export function validRegion(code = "GB"): Record<string, unknown> {
  const n = NUMBERS[code] ?? NUMBERS.GB;
  return {
    code,
    timeZone: "Europe/London",
    emergency: [{ service: "general", dial: n.emergency, display: n.emergency, sourceUrl: "https://www.nhs.uk/", checkedOn: "2026-11-26" }],
    helplines: [
      {
        slug: "samaritans",
        name: "Samaritans",
        description: { en: "Someone to talk to, any time, about anything.", es: "Alguien con quien hablar." },
        topics: ["crisis", "mental-health"],
        languages: ["en"],
        contacts: [
          { type: "phone", dial: n.phone, display: n.phoneDisplay },
          { type: "email", address: "jo@samaritans.org" },
        ],
        hours: { type: "always" },
        cost: "free",
        freeFromMobile: true,
        reachableFromAbroad: null,
        sourceUrl: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
        checkedOn: "2026-11-26",
      },
      {
        slug: "evening-line",
        name: "Evening line",
        description: { en: "A test line open in the evenings and past midnight." },
        topics: ["anxiety"],
        languages: ["en", "cy"],
        contacts: [{ type: "sms", dial: n.sms, display: n.sms, keyword: "SHOUT" }],
        hours: {
          type: "weekly",
          days: {
            mon: [["18:00", "02:00"]],
            sat: [
              ["10:00", "13:00"],
              ["18:00", "22:00"],
            ],
          },
        },
        cost: "unknown",
        freeFromMobile: null,
        reachableFromAbroad: false,
        sourceUrl: "https://example.org/evening",
        checkedOn: "2024-01-15",
      },
    ],
  };
}

/** Writes region files to a new temporary folder: { "gb.json": data, … }. */
export function dataDir(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-data-"));
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
