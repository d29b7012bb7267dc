import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A valid region file to start from; tests change one field to make it bad. */
export function validRegion(code = "GB"): Record<string, unknown> {
  return {
    code,
    timeZone: "Europe/London",
    emergency: [{ service: "general", dial: "999", display: "999", sourceUrl: "https://www.nhs.uk/", checkedOn: "2026-11-26" }],
    helplines: [
      {
        slug: "samaritans",
        name: "Samaritans",
        description: { en: "Someone to talk to, any time, about anything.", es: "Alguien con quien hablar." },
        topics: ["crisis", "mental-health"],
        languages: ["en"],
        contacts: [
          { type: "phone", dial: "116123", display: "116 123" },
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
        contacts: [{ type: "sms", dial: "85258", display: "85258", keyword: "SHOUT" }],
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
