import { NextResponse, type NextRequest } from "next/server";
import { databaseUnavailable, jsonError } from "@/lib/api/responses";
import { parseHelplinesQuery } from "@/lib/api/query";
import { getRegion } from "@/lib/data/helplines";
import { regionName } from "@/lib/region-names";
import { parseRegionCode } from "@/lib/regions";

// GET /api/helplines?region=GB[&topic=crisis][&contact=sms][&language=es][&openNow=true][&locale=es]
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  if (request.nextUrl.search.length > 512) return jsonError(414, "query string too long");
  const query = parseHelplinesQuery(request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  const { region: rawRegion, topic, contact, language, openNow, locale = "en" } = query.value;

  const code = parseRegionCode(rawRegion);
  if (!code) return jsonError(404, `unknown region: ${rawRegion.toUpperCase()} is not an ISO 3166-1 alpha-2 code`);

  let region;
  try {
    region = await getRegion(code, locale, { topic, contact, language, openNow: openNow === "true" });
  } catch (e) {
    return databaseUnavailable(e);
  }
  if (!region) return jsonError(404, `no helpline data for region ${code}`);

  return NextResponse.json(
    {
      region: { code: region.code, name: regionName(region.code, locale), timeZone: region.timeZone },
      emergency: region.emergency,
      helplines: region.helplines,
      filters: { topic: topic ?? null, contact: contact ?? null, language: language ?? null, openNow: openNow === "true" },
      count: region.helplines.length,
    },
    {
      headers: {
        // "Open now" changes by the minute; the rest changes only when the data files do.
        "Cache-Control": openNow === "true" ? "public, max-age=60" : "public, max-age=300, stale-while-revalidate=86400",
      },
    },
  );
}
