import { NextResponse, type NextRequest } from "next/server";
import { databaseUnavailable, jsonError } from "@/lib/api/responses";
import { getRegionList } from "@/lib/data/helplines";
import { regionName } from "@/lib/region-names";
import { isLocale } from "@/i18n/routing";

// GET /api/regions[?locale=es]: the regions that have helpline data.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  for (const key of params.keys()) if (key !== "locale") return jsonError(400, `unknown parameter: ${key.slice(0, 40)}`);
  const locale = params.get("locale") ?? "en";
  if (params.getAll("locale").length > 1 || !isLocale(locale)) return jsonError(400, "locale must be one of: en, es, fr, de, pt, ar");
  try {
    const regions = await getRegionList();
    return NextResponse.json(
      { regions: regions.map((r) => ({ ...r, name: regionName(r.code, locale) })), count: regions.length },
      { headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=86400" } },
    );
  } catch (e) {
    return databaseUnavailable(e);
  }
}
