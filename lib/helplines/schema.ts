import { z } from "zod";
import { isRegionCode } from "@/lib/regions";
import { DEFAULT_LOCALE, LOCALES } from "@/i18n/locales";
import { COSTS, CONTACT_TYPES, EMERGENCY_SERVICES, minutesOf, TOPICS, WEEKDAYS, type Hours, type Weekday } from "./model";

export { COSTS, CONTACT_TYPES, EMERGENCY_SERVICES, minutesOf, TOPICS, WEEKDAYS };
export type { ContactType, Hours, Topic, Weekday } from "./model";

// The shape of one data file in prisma/data/regions (documented in prisma/data/FORMAT.md).
// Every rule here protects a reader: a number that cannot be dialled, hours that cannot be
// computed or a record without a source must never reach a page.

// What is dialled from inside the country. Short codes (116 123, 988, 024) are valid and
// common, so this is not E.164: digits, or "+" and an international number, or a star code (*4141).
const dial = z
  .string()
  .regex(/^(\+[1-9]\d{6,14}|[*#]?\d{2,15})$/, "must be digits only (a short code or a national number), or + and an international number");
const display = z.string().trim().min(2).max(40);
const httpsUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) address" });

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" }).refine((d) => d <= todayIso(), {
  error: "cannot be in the future",
});

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
const timeZone = z.string().refine(isTimeZone, { error: "is not an IANA time zone" });

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

// "24:00" is midnight at the end of the day; a range that ends at an earlier time than it
// starts runs past midnight into the next day.
const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "must be a time HH:MM between 00:00 and 24:00");
const range = z
  .tuple([clock, clock])
  .refine(([start, end]) => start !== end && start !== "24:00", { error: "is not a possible opening range" });

const dayRanges = z
  .array(range)
  .min(1)
  .refine(
    (ranges) => {
      // Ranges within a day must not overlap (each one, as minutes from the day's start).
      const spans = ranges
        .map(([s, e]) => [minutesOf(s), minutesOf(e) <= minutesOf(s) ? minutesOf(e) + 1440 : minutesOf(e)])
        .sort((a, b) => a[0] - b[0]);
      return spans.every((span, i) => i === 0 || span[0] >= spans[i - 1][1]);
    },
    { error: "has overlapping ranges" },
  );

export const hoursSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("always") }).strict(),
  z.object({ type: z.literal("unknown") }).strict(),
  z
    .object({
      type: z.literal("weekly"),
      days: z
        .object(Object.fromEntries(WEEKDAYS.map((d) => [d, dayRanges.optional()])) as Record<Weekday, z.ZodOptional<typeof dayRanges>>)
        .strict()
        .refine((days) => Object.values(days).some((r) => r && r.length > 0), { error: "must open on at least one day" }),
    })
    .strict(),
]);
// The validator and the shared type must describe the same thing.
const _sameHours: Hours = {} as z.infer<typeof hoursSchema>;
void _sameHours;

// Text for readers: English required (the fallback), any of the site's locales optional.
function localizedTextOf(minEnglish: number) {
  const other = z.string().trim().min(2).max(400).optional();
  return z
    .object({
      en: z.string().trim().min(minEnglish).max(400),
      ...Object.fromEntries(LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => [l, other])),
    })
    .strict();
}
const localizedText = localizedTextOf(10);

// Why an editor keeps a number that libphonenumber's metadata does not know (a new short code,
// a star code): without it the import refuses the number (lib/helplines/number-check.ts).
const validationNote = z.string().trim().min(10).max(400).optional();

// What a reader needs to know to dial one number ("landlines only", "area code first from a mobile"),
// and a cost when this number's differs from the helpline's.
const dialledNumber = {
  dial,
  display,
  note: localizedTextOf(5).optional(),
  cost: z.enum(COSTS).optional(),
  validationNote,
};

const contactSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("phone"), ...dialledNumber }).strict(),
  z.object({ type: z.literal("sms"), ...dialledNumber, keyword: z.string().trim().min(1).max(30).optional() }).strict(),
  z
    .object({ type: z.literal("whatsapp"), dial: z.string().regex(/^\+[1-9]\d{6,14}$/, "must be + and an international number"), display })
    .strict(),
  z.object({ type: z.literal("chat"), url: httpsUrl }).strict(),
  z.object({ type: z.literal("email"), address: z.email() }).strict(),
  z.object({ type: z.literal("web"), url: httpsUrl }).strict(),
]);
export type ContactInput = z.infer<typeof contactSchema>;

export const helplineSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
    name: z.string().trim().min(2).max(120),
    description: localizedText,
    topics: z.array(z.enum(TOPICS)).min(1),
    languages: z.array(z.string().refine(isLanguageTag, { error: "is not a BCP 47 language tag" })).min(1),
    contacts: z.array(contactSchema).min(1),
    hours: hoursSchema,
    timeZone: timeZone.optional(),
    cost: z.enum(COSTS),
    freeFromMobile: z.boolean().nullable(),
    reachableFromAbroad: z.boolean().nullable(),
    sourceUrl: httpsUrl,
    otherSources: z.array(httpsUrl).optional(),
    checkedOn: isoDate,
    notes: z.string().optional(),
  })
  .strict();
export type HelplineInput = z.infer<typeof helplineSchema>;

export const emergencySchema = z
  .object({
    service: z.enum(EMERGENCY_SERVICES),
    dial,
    display,
    sourceUrl: httpsUrl,
    checkedOn: isoDate,
    // Where the number works, when that is not the whole region (shown beside the number).
    area: localizedTextOf(5).optional(),
    // How to dial it or what else to know ("from a mobile: 021 141", "reported not always answered").
    note: localizedTextOf(5).optional(),
    // The number the region's health services say to call for chest pain or a heart attack,
    // when it is not the first one (France's 15, Switzerland's 144): shown first for heart symptoms.
    chestPain: z.literal(true).optional(),
    validationNote,
  })
  .strict();

export const regionFileSchema = z
  .object({
    code: z.string().refine(isRegionCode, { error: "is not an ISO 3166-1 alpha-2 code (upper case)" }),
    timeZone,
    emergency: z.array(emergencySchema).min(1),
    helplines: z.array(helplineSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    if (file.emergency.filter((e) => e.chestPain).length > 1)
      ctx.addIssue({ code: "custom", path: ["emergency"], message: "only one number can be the one to call for chest pain" });
    const seen = new Set<string>();
    file.helplines.forEach((h, i) => {
      if (seen.has(h.slug)) ctx.addIssue({ code: "custom", path: ["helplines", i, "slug"], message: `"${h.slug}" is used twice` });
      seen.add(h.slug);
    });
  });
export type RegionFile = z.infer<typeof regionFileSchema>;
