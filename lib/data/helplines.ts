import "server-only";
import { databaseVersion, query } from "@/lib/db";
import { hoursSchema, type ContactType, type Hours, type Topic } from "@/lib/helplines/schema";
import { isSupportLine, type EmergencyService } from "@/lib/helplines/model";
import { isOpenNow } from "@/lib/helplines/hours";
import type { RegionCode } from "@/lib/regions";

// The data layer: small typed functions named for what they return. Pages and route
// handlers call these; nothing else touches the database.

export type EmergencyNumber = {
  service: EmergencyService;
  dial: string;
  display: string;
  area: LocalizedText | null; // where it works, when not the whole region
  note: LocalizedText | null; // how to dial it, or what else to know
  chestPain: boolean; // the number health services say to call for chest pain
  sourceUrl: string;
  checkedOn: string; // YYYY-MM-DD
};

/** Short texts for readers kept as JSON {locale: text}; English is always there. */
export type LocalizedText = Record<string, string>;

/** The text for `locale`, or English. */
export function textIn(text: LocalizedText | null, locale: string): string | null {
  return text ? (text[locale] ?? text.en ?? null) : null;
}

function parseText(json: string | null): LocalizedText | null {
  return json ? (JSON.parse(json) as LocalizedText) : null;
}

export type Contact = {
  type: ContactType;
  dial: string | null;
  display: string | null;
  keyword: string | null;
  url: string | null;
  address: string | null;
  note: LocalizedText | null; // who can dial it, or how
  cost: Helpline["cost"] | null; // when it differs from the helpline's
};

export type Helpline = {
  id: string;
  slug: string;
  name: string;
  description: string;
  descriptionLocale: string; // the locale the description is in (English when not translated yet)
  topics: Topic[];
  languages: string[];
  contacts: Contact[];
  hours: Hours;
  timeZone: string;
  cost: "free" | "local-rate" | "standard-rate" | "unknown";
  freeFromMobile: boolean | null;
  reachableFromAbroad: boolean | null;
  sourceUrl: string;
  checkedOn: string;
};

export type Region = {
  code: RegionCode;
  timeZone: string;
  emergency: EmergencyNumber[];
  helplines: Helpline[];
};

export type HelplineFilters = {
  topic?: Topic;
  contact?: ContactType;
  language?: string; // primary language subtag, e.g. "es"
  openNow?: boolean;
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Regions that have data, in code order. */
export async function getRegionCodes(): Promise<RegionCode[]> {
  const rows = await query((db) => db.region.findMany({ select: { code: true }, orderBy: { code: "asc" } }));
  return rows.map((r) => r.code as RegionCode);
}

export async function getEmergencyNumbers(code: RegionCode): Promise<EmergencyNumber[]> {
  const rows = await query((db) => db.emergencyNumber.findMany({ where: { regionCode: code }, orderBy: { position: "asc" } }));
  return rows.map((e) => ({
    service: e.service as EmergencyNumber["service"],
    dial: e.dial,
    display: e.display,
    area: parseText(e.area),
    note: parseText(e.note),
    chestPain: e.chestPain,
    sourceUrl: e.sourceUrl,
    checkedOn: isoDay(e.checkedOn),
  }));
}

/**
 * A region's helplines for a reader in `locale`: 24/7 crisis lines first, then crisis lines,
 * then the rest in the order the editors gave. Filters narrow the list (the API and the
 * region page's filter controls share this logic).
 */
export async function getHelplinesForRegion(
  code: RegionCode,
  locale: string,
  filters: HelplineFilters = {},
  now: Date = new Date(),
): Promise<Helpline[]> {
  const rows = await query((db) =>
    db.helpline.findMany({
      where: {
        regionCode: code,
        ...(filters.topic ? { topics: { some: { topic: filters.topic } } } : {}),
        ...(filters.contact ? { contacts: { some: { type: filters.contact } } } : {}),
        ...(filters.language
          ? { languages: { some: { OR: [{ tag: filters.language }, { tag: { startsWith: `${filters.language}-` } }] } } }
          : {}),
      },
      orderBy: [{ crisis: "desc" }, { alwaysOpen: "desc" }, { position: "asc" }],
      include: {
        descriptions: { where: { locale: { in: [locale, "en"] } } },
        topics: true,
        languages: { orderBy: { position: "asc" } },
        contacts: { orderBy: { position: "asc" } },
      },
    }),
  );
  const helplines = rows.map((h): Helpline => {
    const description = h.descriptions.find((d) => d.locale === locale) ?? h.descriptions.find((d) => d.locale === "en");
    return {
      id: h.id,
      slug: h.slug,
      name: h.name,
      description: description?.text ?? "",
      descriptionLocale: description?.locale ?? "en",
      topics: h.topics.map((t) => t.topic as Topic),
      languages: h.languages.map((l) => l.tag),
      contacts: h.contacts.map((c) => ({
        type: c.type as ContactType,
        dial: c.dial,
        display: c.display,
        keyword: c.keyword,
        url: c.url,
        address: c.address,
        note: parseText(c.note),
        cost: (c.cost as Helpline["cost"] | null) ?? null,
      })),
      hours: hoursSchema.parse(JSON.parse(h.hours)),
      timeZone: h.timeZone,
      cost: h.cost as Helpline["cost"],
      freeFromMobile: h.freeFromMobile,
      reachableFromAbroad: h.reachableFromAbroad,
      sourceUrl: h.sourceUrl,
      checkedOn: isoDay(h.checkedOn),
    };
  });
  return filters.openNow ? helplines.filter((h) => isOpenNow(h.hours, h.timeZone, now)) : helplines;
}

/** One region with its emergency numbers and helplines, or null when it has no data. */
export async function getRegion(code: RegionCode, locale: string, filters: HelplineFilters = {}): Promise<Region | null> {
  // The data changes only when the file does (an import), so answers are kept per file version;
  // "open now" depends on the clock and is applied to the kept answer.
  const { openNow, ...stable } = filters;
  const key = `${databaseVersion()}|${code}|${locale}|${stable.topic ?? ""}|${stable.contact ?? ""}|${stable.language ?? ""}`;
  let pending = regionCache.get(key);
  if (!pending) {
    pending = loadRegion(code, locale, stable);
    remember(key, pending);
  }
  const region = await pending;
  if (!region || !openNow) return region;
  const now = new Date();
  return { ...region, helplines: region.helplines.filter((h) => isOpenNow(h.hours, h.timeZone, now)) };
}

async function loadRegion(code: RegionCode, locale: string, filters: HelplineFilters): Promise<Region | null> {
  const region = await query((db) => db.region.findUnique({ where: { code } }));
  if (!region) return null;
  const [emergency, helplines] = await Promise.all([getEmergencyNumbers(code), getHelplinesForRegion(code, locale, filters)]);
  return { code, timeZone: region.timeZone, emergency, helplines };
}

const REGION_CACHE_SIZE = 500;
const regionCache = new Map<string, Promise<Region | null>>();

function remember(key: string, value: Promise<Region | null>) {
  regionCache.set(key, value);
  value.catch(() => regionCache.delete(key)); // never keep a failure
  if (regionCache.size > REGION_CACHE_SIZE) regionCache.delete(regionCache.keys().next().value!);
}

/** Records whose check date is older than `months` months: the editors' to-do list. */
export async function getStaleRecords(months = 12, now: Date = new Date()) {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const [helplines, emergency] = await query((db) =>
    Promise.all([
      db.helpline.findMany({
        where: { checkedOn: { lt: cutoff } },
        orderBy: [{ checkedOn: "asc" }],
        select: { id: true, name: true, checkedOn: true, sourceUrl: true },
      }),
      db.emergencyNumber.findMany({
        where: { checkedOn: { lt: cutoff } },
        orderBy: [{ checkedOn: "asc" }],
        select: { regionCode: true, display: true, checkedOn: true, sourceUrl: true },
      }),
    ]),
  );
  return { cutoff: isoDay(cutoff), helplines, emergency };
}

/** What the compact help box needs for one region: its emergency numbers and first support line. */
export type RegionSummary = {
  code: RegionCode;
  emergency: { dial: string; display: string; area: LocalizedText | null } | null;
  // The number to call first for chest pain, when health services name one other than `emergency`.
  heart: { dial: string; display: string } | null;
  // The first crisis or emotional-support line with a number; null when none is verified yet.
  top: { name: string; type: "phone" | "sms"; dial: string; display: string; keyword: string | null } | null;
};

/** One summary per region with data: the help box on every page picks the reader's one. */
export async function getRegionSummaries(): Promise<RegionSummary[]> {
  const regions = await query((db) =>
    db.region.findMany({
      orderBy: { code: "asc" },
      include: {
        emergency: { orderBy: { position: "asc" } },
        helplines: {
          orderBy: [{ crisis: "desc" }, { alwaysOpen: "desc" }, { position: "asc" }],
          include: {
            topics: true,
            contacts: { where: { type: { in: ["phone", "sms"] } }, orderBy: { position: "asc" } },
          },
        },
      },
    }),
  );
  return regions.map((r) => {
    const lines = r.helplines.filter((h) => isSupportLine(h.topics.map((t) => t.topic as Topic)));
    // A number with a note ("landlines only", "Globe mobiles") is not the one to offer first when another exists.
    const pick = (h: (typeof lines)[number]) => h.contacts.find((c) => !c.note) ?? h.contacts[0];
    const first = lines.find((h) => h.contacts.length > 0);
    const c = first && pick(first);
    const [e] = r.emergency;
    const heart = r.emergency.find((n) => n.chestPain && n !== e);
    return {
      code: r.code as RegionCode,
      emergency: e ? { dial: e.dial, display: e.display, area: parseText(e.area) } : null,
      heart: heart ? { dial: heart.dial, display: heart.display } : null,
      top:
        first && c && c.dial && c.display
          ? { name: first.name, type: c.type as "phone" | "sms", dial: c.dial, display: c.display, keyword: c.keyword }
          : null,
    };
  });
}

/** Regions with data, with how many helplines each has (for /api/regions). */
export async function getRegionList(): Promise<Array<{ code: RegionCode; timeZone: string; helplines: number; emergency: string[] }>> {
  const rows = await query((db) =>
    db.region.findMany({
      orderBy: { code: "asc" },
      include: { _count: { select: { helplines: true } }, emergency: { orderBy: { position: "asc" }, select: { display: true } } },
    }),
  );
  return rows.map((r) => ({
    code: r.code as RegionCode,
    timeZone: r.timeZone,
    helplines: r._count.helplines,
    emergency: r.emergency.map((e) => e.display),
  }));
}

/** One row of the coverage report: what a reader in this region gets, and how fresh it is. */
export type RegionCoverage = {
  code: RegionCode;
  emergency: number;
  helplines: number;
  supportLine: boolean; // an adult crisis or emotional-support line (not a child, violence or information line)
  oldestCheck: string | null; // YYYY-MM-DD
};

/** Every region with data, for `npm run db:coverage`. */
export async function getCoverage(): Promise<RegionCoverage[]> {
  const rows = await query((db) =>
    db.region.findMany({
      orderBy: { code: "asc" },
      include: {
        emergency: { select: { checkedOn: true } },
        helplines: { select: { checkedOn: true, topics: { select: { topic: true } } } },
      },
    }),
  );
  return rows.map((r) => {
    const dates = [...r.emergency, ...r.helplines].map((x) => x.checkedOn.getTime());
    return {
      code: r.code as RegionCode,
      emergency: r.emergency.length,
      helplines: r.helplines.length,
      supportLine: r.helplines.some((h) => isSupportLine(h.topics.map((t) => t.topic as Topic))),
      oldestCheck: dates.length ? isoDay(new Date(Math.min(...dates))) : null,
    };
  });
}
