import { PhoneNumberUtil, ShortNumberInfo } from "google-libphonenumber";
import type { RegionFile } from "./schema";

// Every dial string in a data file is cross-checked against Google's libphonenumber metadata at
// import time (never in the browser): emergency numbers must be ones the library lists as
// emergency numbers for the region, other numbers must be valid full numbers or known short
// numbers. The library is not a source, and its metadata lags behind new short codes, so an
// editor may keep a number it does not know by saying why in `validationNote`. Star and hash
// codes (*4141, #163) are outside its model and always need that note.

const phoneUtil = PhoneNumberUtil.getInstance();
const shortInfo = ShortNumberInfo.getInstance();

export type NumberProblem = { path: (string | number)[]; message: string };

function isKnownNumber(dial: string, region: string): boolean {
  if (/^[*#]/.test(dial)) return false;
  try {
    const parsed = phoneUtil.parse(dial, region);
    if (dial.startsWith("+")) return phoneUtil.isValidNumber(parsed);
    return phoneUtil.isValidNumberForRegion(parsed, region) || shortInfo.isValidShortNumberForRegion(parsed, region as never);
  } catch {
    return false;
  }
}

export function isKnownEmergencyNumber(dial: string, region: string): boolean {
  return /^\d+$/.test(dial) && shortInfo.isEmergencyNumber(dial, region as never);
}

/** Problems with the numbers in one region file: empty when libphonenumber agrees or the record says why not. */
export function checkNumbers(file: RegionFile): NumberProblem[] {
  const problems: NumberProblem[] = [];
  const region = file.code;
  const unknown = (what: string) =>
    `libphonenumber does not know ${what} for ${region}: check it at the source, then say why it is kept in validationNote`;

  file.emergency.forEach((e, i) => {
    if (e.validationNote || isKnownEmergencyNumber(e.dial, region)) return;
    problems.push({ path: ["emergency", i, "dial"], message: unknown(`"${e.dial}" as an emergency number`) });
  });
  file.helplines.forEach((h, i) => {
    h.contacts.forEach((c, j) => {
      if (c.type === "whatsapp") {
        if (!isKnownNumber(c.dial, region))
          problems.push({ path: ["helplines", i, "contacts", j, "dial"], message: `"${c.dial}" is not a valid international number` });
        return;
      }
      if (c.type !== "phone" && c.type !== "sms") return;
      if (c.validationNote || isKnownNumber(c.dial, region)) return;
      problems.push({ path: ["helplines", i, "contacts", j, "dial"], message: unknown(`"${c.dial}"`) });
    });
  });
  return problems;
}
