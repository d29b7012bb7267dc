// The production server (npm start, the end-to-end tests and the benchmark use it): Next.js's
// own request handler, plus what Next cannot do well for prerendered pages: each page's
// Content-Security-Policy with the hashes of its inline scripts, and its ETag, both computed
// once after the build (scripts/csp.mjs) instead of per request; and the pages themselves,
// sent from memory, compressed once (scripts/static-pages.mjs).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { MANIFEST, policy, writeCspManifest } from "./csp.mjs";
import { securityHeaders } from "./security-headers.mjs";
import { CACHE_CONTROL, createStaticPages, VARY } from "./static-pages.mjs";

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(import.meta.dirname, "..");
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";

// Rebuilt at every start (a fraction of a second), so it always matches the build being served.
writeCspManifest();
const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(MANIFEST, "utf8")).pages).map(([p, { hashes, etag }]) => [p, { csp: policy(hashes), etag }]),
);
const staticPages = createStaticPages(root);
const strict = policy();
const LOCALE = /^\/(en|es|fr|de|pt|ar)(\/|$)/;

function cspFor(pathname) {
  const exact = pages.get(pathname);
  if (exact) return exact.csp;
  // Unknown paths inside a locale are answered with that locale's prerendered 404 page.
  const locale = LOCALE.exec(pathname)?.[1];
  return (locale && pages.get(`/${locale}/not-found-page`)?.csp) || strict;
}

const app = next({ dev: false, dir: root, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const READ_METHODS = new Set(["GET", "HEAD"]);

const server = http.createServer((req, res) => {
  // Pages are static: they answer reading methods only. The API routes answer for themselves.
  if (!READ_METHODS.has(req.method ?? "GET") && !(req.url ?? "").startsWith("/api/")) {
    res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": strict });
    res.end("Method not allowed");
    return;
  }
  let pathname = "/";
  try {
    pathname = decodeURI(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    /* malformed percent-encoding: Next answers 400; the strict policy applies */
  }
  res.setHeader("Content-Security-Policy", cspFor(pathname));
  // A whole-page request for a prerendered page (not a router data request): our ETag.
  const page = pages.get(pathname);
  if (page && !req.headers.rsc && !req.headers["next-router-prefetch"]) {
    if (req.headers["if-none-match"] === page.etag) {
      // A 304 carries the headers the 200 would have (RFC 9110), so caches keep them right.
      for (const { key, value } of securityHeaders) res.setHeader(key, value);
      res.writeHead(304, { ETag: page.etag, "Cache-Control": CACHE_CONTROL, Vary: VARY });
      res.end();
      return;
    }
    if (staticPages.serve(req, res, pathname, page, () => handle(req, res))) return;
    res.setHeader("ETag", page.etag);
  }
  handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`▲ Steady ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

// Memory diagnostics for npm run bench: SIGUSR2 prints one line of JSON. With --expose-gc a
// full collection runs first, so heapUsed is what is really kept, not garbage not yet swept.
process.on("SIGUSR2", () => {
  globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  console.log(
    `steady-memory ${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers, pageCacheBytes: staticPages.cachedBytes() })}`,
  );
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
