import { WEEKDAYS, type Weekday } from "@/lib/helplines/model";

/** "18:30" → the reader's locale's way of writing that time of day ("6:30 PM", "18:30", "١٨:٣٠"). */
export function formatClock(time: string, locale: string): string {
  const [h, m] = time.split(":").map(Number);
  const date = new Date(Date.UTC(2024, 0, 1, h % 24, m));
  return new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(date);
}

/** Weekday names in the reader's language (1 January 2024 was a Monday). */
export function weekdayName(day: Weekday, locale: string): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(date);
}

/** The reader-facing name of a time zone ("Central European Time"), or the IANA name. */
export function timeZoneLabel(timeZone: string, locale: string): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "longGeneric" })
      .formatToParts(new Date())
      .find((p) => p.type === "timeZoneName");
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
