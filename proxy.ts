import fs from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, routing } from "./i18n/routing";
import { negotiateLocale } from "./lib/negotiate-locale";

// The proxy runs only where a page does not exist as it is asked for: "/" and paths without a
// locale (next-intl negotiates one from Accept-Language and redirects, setting no cookie), and
// paths inside a locale that no page has (answered with that locale's prerendered 404 page).
// Pages that exist, the API and static files never pass through it: running it on every
// request halves the server's throughput.

// The redirect depends on the reader's languages, so it says so (Vary) and is never cached.
// (A request target naming another host never gets here: the server refuses it.)
function redirectToLocale(request: NextRequest): NextResponse {
  const locale = negotiateLocale(request.headers.get("accept-language"), routing.locales, routing.defaultLocale);
  const { pathname, search } = request.nextUrl;
  const response = NextResponse.redirect(new URL(`/${locale}${pathname === "/" ? "" : pathname}${search}`, request.nextUrl), 307);
  response.headers.set("Vary", "Accept-Language");
  response.headers.set("Cache-Control", "no-store");
  return response;
}

// The 404 page of each locale, prerendered by the build. Served from here rather than by a
// rewrite: a rewrite is proxied over the network when the server is bound to another host
// name than the one Next puts in request URLs, and Next's own notFound() boundary renders an
// empty shell for [locale] layouts since 16.3.
const notFoundHtml = new Map<string, string | null>();

function notFoundPage(locale: string): string | null {
  if (!notFoundHtml.has(locale)) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "server", "app", locale, "not-found-page.html");
    notFoundHtml.set(locale, fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null);
  }
  return notFoundHtml.get(locale) ?? null;
}

export default function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    // Broken percent-encoding ("/%"): nothing to negotiate or look up.
    return new NextResponse("Bad request: the address is not valid.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const locale = request.nextUrl.pathname.split("/")[1] ?? "";
  if (isLocale(locale)) {
    const html = notFoundPage(locale);
    if (html)
      return new NextResponse(html, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
    // Development server: no prerendered file, so render the page through a rewrite.
    return NextResponse.rewrite(new URL(`/${locale}/not-found-page`, request.url), { status: 404 });
  }
  return redirectToLocale(request);
}

// The known pages, spelled out so that only unknown paths match (Next.js needs a literal here).
// tests/unit/proxy-matcher.test.ts keeps the region codes in step with lib/regions.ts and the
// explainer slugs with lib/content/explainers.ts.
export const config = {
  matcher: [
    "/((?!api/|_next/|help-box/|(?:favicon\\.ico|icon\\.svg|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest|sw\\.js)$|(?:en|es|fr|de|pt|ar|zh|hi|id|ja|ru|tr)(?:/(?:about|helplines(?:/(?:ad|ae|af|ag|ai|al|am|ao|aq|ar|as|at|au|aw|ax|az|ba|bb|bd|be|bf|bg|bh|bi|bj|bl|bm|bn|bo|bq|br|bs|bt|bv|bw|by|bz|ca|cc|cd|cf|cg|ch|ci|ck|cl|cm|cn|co|cr|cu|cv|cw|cx|cy|cz|de|dj|dk|dm|do|dz|ec|ee|eg|eh|er|es|et|fi|fj|fk|fm|fo|fr|ga|gb|gd|ge|gf|gg|gh|gi|gl|gm|gn|gp|gq|gr|gs|gt|gu|gw|gy|hk|hm|hn|hr|ht|hu|id|ie|il|im|in|io|iq|ir|is|it|je|jm|jo|jp|ke|kg|kh|ki|km|kn|kp|kr|kw|ky|kz|la|lb|lc|li|lk|lr|ls|lt|lu|lv|ly|ma|mc|md|me|mf|mg|mh|mk|ml|mm|mn|mo|mp|mq|mr|ms|mt|mu|mv|mw|mx|my|mz|na|nc|ne|nf|ng|ni|nl|no|np|nr|nu|nz|om|pa|pe|pf|pg|ph|pk|pl|pm|pn|pr|ps|pt|pw|py|qa|re|ro|rs|ru|rw|sa|sb|sc|sd|se|sg|sh|si|sj|sk|sl|sm|sn|so|sr|ss|st|sv|sx|sy|sz|tc|td|tf|tg|th|tj|tk|tl|tm|tn|to|tr|tt|tv|tw|tz|ua|ug|um|us|uy|uz|va|vc|ve|vg|vi|vn|vu|wf|ws|ye|yt|za|zm|zw))?|explainers/(?:anxiety|panic-attacks|cardiophobia)))?$).*)",
  ],
};
