import { NextResponse } from "next/server";
import { getRegionSummaries } from "@/lib/data/helplines";
import { TIME_ZONE_REGIONS } from "@/lib/time-zone-regions";

// The data behind the "Need to talk now?" box on every page: each region's first emergency
// number and top line, and the time zones that point to those regions (for the guess). Built
// once as a static file, fetched by the browser (and kept by the service worker for offline),
// so that it is not repeated inside every page's HTML.
export const dynamic = "force-static";

export async function GET() {
  const regions = await getRegionSummaries();
  const codes = new Set<string>(regions.map((r) => r.code));
  const zones = Object.fromEntries(Object.entries(TIME_ZONE_REGIONS).filter(([, cc]) => codes.has(cc)));
  return NextResponse.json({ regions, zones }, { headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=86400" } });
}
