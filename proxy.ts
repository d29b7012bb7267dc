import fs from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { negotiateLocale } from "./lib/negotiate-locale";
import { classifyPath } from "./lib/site-pages";

// The proxy runs for every path but the API, built assets and static files. A page of the site
// (lib/site-pages.ts) goes on to its prerendered HTML; "/" and paths without a locale get a
// negotiated language (from Accept-Language, with no cookie) and a redirect; any other path inside
// a locale gets that locale's prerendered 404 page. Whole-page requests for pages never reach it:
// the production server sends those from memory (server/static-pages.mjs), so what passes here is
// the router's requests for a page's data, and the rest.

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
  const path = classifyPath(request.nextUrl.pathname);
  if (path.kind === "page") return NextResponse.next();
  if (path.kind === "not-found") {
    const { locale } = path;
    const html = notFoundPage(locale);
    if (html)
      return new NextResponse(html, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
    // Development server: no prerendered file, so render the page through a rewrite.
    return NextResponse.rewrite(new URL(`/${locale}/not-found-page`, request.url), { status: 404 });
  }
  return redirectToLocale(request);
}

// Not the API, built assets, the help box scripts or the files at the root (Next.js needs a literal).
export const config = {
  matcher: ["/((?!api/|_next/|help-box/|(?:favicon\\.ico|icon\\.svg|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest|sw\\.js)$).*)"],
};
