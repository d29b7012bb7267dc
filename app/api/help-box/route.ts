import { NextResponse } from "next/server";
import { routing } from "@/i18n/routing";
import { getRegionSummaries } from "@/lib/data/helplines";
import { regionName } from "@/lib/region-names";
import { TIME_ZONE_REGIONS } from "@/lib/time-zone-regions";

// The data behind the "Need to talk now?" box on every page: each region's first emergency
// number and top line, and the time zones that point to those regions (for the guess). Built
// once as a static file, with the regions' names in every language (so the browser need not start
// Intl.DisplayNames, which is slow on a phone), fetched by the browser (and kept by the service worker for offline),
// so that it is not repeated inside every page's HTML.
export const dynamic = "force-static";

export async function GET() {
  const regions = await getRegionSummaries();
  const codes = new Set<string>(regions.map((r) => r.code));
  const zones = Object.fromEntries(Object.entries(TIME_ZONE_REGIONS).filter(([, cc]) => codes.has(cc)));
  const names = Object.fromEntries(
    routing.locales.map((locale) => [locale, Object.fromEntries(regions.map((r) => [r.code, regionName(r.code, locale)]))]),
  );
  return NextResponse.json(
    { regions, zones, names },
    { headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=86400" } },
  );
}
