// The production server (npm start, the end-to-end tests and the benchmark use it): Next.js's
// own request handler, plus what Next cannot do well for prerendered pages: each page's
// Content-Security-Policy with the hashes of its inline scripts, and its ETag, both computed
// once with the build (server/csp.mjs) instead of per request; and the pages themselves,
// sent from memory, compressed at build time (server/static-pages.mjs, server/precompress.mjs), as
// are the build's scripts and stylesheets (server/static-assets.mjs).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { isCspManifestCurrent, MANIFEST, policy, writeCspManifest } from "./csp.mjs";
import { checkRequest } from "./request-guard.mjs";
import { securityHeaders } from "./security-headers.mjs";
import { createStaticAssets } from "./static-assets.mjs";
import { CACHE_CONTROL, createStaticPages, VARY } from "./static-pages.mjs";

// (Assigned this way because its type is read-only: Next itself reads it.)
Object.assign(process.env, { NODE_ENV: "production" });
process.env.NEXT_TELEMETRY_DISABLED = "1";
const root = path.resolve(import.meta.dirname, "..");
// Imported after NODE_ENV is set: Next reads it when it loads. (Its CommonJS export is the function.)
const next = /** @type {typeof import("next").default} */ (/** @type {unknown} */ ((await import("next")).default));

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";

// Written by the build step (server/precompress.mjs); written here only for a build made without it
// (about 1.3 s for 3,000 pages), so it always matches the build being served.
if (!isCspManifestCurrent()) writeCspManifest();
const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(MANIFEST, "utf8")).pages).map(([p, { hashes, etag }]) => [p, { csp: policy(hashes), etag }]),
);
const staticPages = createStaticPages(root);
const staticAssets = createStaticAssets(root);
const strict = policy();
// The locales from the one list (i18n/locales.json), for the 404 page's CSP inside a locale.
const { locales } = JSON.parse(fs.readFileSync(path.join(root, "i18n", "locales.json"), "utf8"));
const LOCALE = new RegExp(`^/(${locales.join("|")})(/|$)`);

/** @param {string} pathname */
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

/**
 * A refused request: the strict headers, never cached, JSON under /api/ and plain text elsewhere.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 * @param {{ status: number, message: string, json: boolean, allow?: string }} refusal
 */
function refuse(req, res, { status, message, json, allow }) {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  res.setHeader("Content-Security-Policy", strict);
  res.setHeader("Cache-Control", "no-store");
  if (allow) res.setHeader("Allow", allow);
  const body = json ? JSON.stringify({ error: message }) : message;
  res.writeHead(status, { "Content-Type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8" });
  res.end(req.method === "HEAD" ? undefined : body);
}

const server = http.createServer((req, res) => {
  // Methods, request targets, encodings and paths a browser never sends get a clean 4xx here.
  const refusal = checkRequest(req.method, req.url);
  if (refusal) return refuse(req, res, refusal);
  // Browsers ask for /favicon.ico on their own; the site's icon is /icon.svg.
  if (req.url === "/favicon.ico") {
    res.writeHead(301, { Location: "/icon.svg", "Cache-Control": "public, max-age=86400", "Content-Security-Policy": strict });
    res.end();
    return;
  }
  // No reader needs part of a response; Next's static files answered impossible ranges with 500.
  delete req.headers.range;
  delete req.headers["if-range"];
  let pathname = "/";
  try {
    pathname = decodeURI(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    /* malformed percent-encoding: Next answers 400; the strict policy applies */
  }
  res.setHeader("Content-Security-Policy", cspFor(pathname));
  // The build's scripts and stylesheets, as the Brotli or gzip copy made with the build.
  if (pathname.startsWith("/_next/static/") && staticAssets.serve(req, res, pathname, strict, () => handle(req, res))) return;
  // The help box script: from memory, compressed (it has no inline scripts, so no hashes).
  if (
    staticPages.has(pathname) &&
    pathname.startsWith("/help-box/") &&
    staticPages.serve(req, res, pathname, { csp: strict }, () => handle(req, res))
  )
    return;
  // A whole-page request for a prerendered page (not a router data request): our ETag. The 404
  // page is only ever sent as a 404 (by the proxy), without an ETag.
  const page = pathname.endsWith("/not-found-page") ? undefined : pages.get(pathname);
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
// Nothing here speaks WebSocket or any other upgraded protocol: answer and close, so no socket stays open.
server.on("upgrade", (_req, socket) => {
  socket.on("error", () => {});
  socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
});
server.listen(port, hostname, () => console.log(`▲ Steady ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
