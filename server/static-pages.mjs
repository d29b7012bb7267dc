// The prerendered pages, sent by the production server itself, the way a CDN in front of Next
// would send them. Every page of the site is static (the build renders them all), so passing
// each request through Next's router and response cache only costs time: on this machine that
// path serves the story at about two thirds of the rate of a bare one-heading Next page, while
// sending the same bytes from memory is several times faster (npm run bench shows both).
//
// Only whole-page GET and HEAD requests for routes in the build's prerender manifest are
// answered here. Everything else goes to Next: the API, assets, React Server Components requests
// from the router, and unknown paths (the proxy answers those with the localized 404 page).
//
// Compression: browsers get the page as Brotli (or gzip), compressed once on first request, in
// the thread pool, and kept. The cache is bounded, so a crawler walking all 1,500 pages cannot
// make the server grow without limit.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { securityHeaders } from "./security-headers.mjs";

const BUDGET_BYTES = 48 * 1024 * 1024;

// Next sends these on its page responses; we keep them so that caches treat both the same way.
export const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
export const CACHE_CONTROL = "s-maxage=31536000";

const COMPRESS = {
  br: (buffer) =>
    new Promise((resolve, reject) =>
      zlib.brotliCompress(
        buffer,
        { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } },
        (error, out) => (error ? reject(error) : resolve(out)),
      ),
    ),
  gzip: (buffer) =>
    new Promise((resolve, reject) => zlib.gzip(buffer, { level: 9 }, (error, out) => (error ? reject(error) : resolve(out)))),
};

/**
 * The best encoding the client accepts (RFC 9110 §12.5.3): br, then gzip, then none. A coding named
 * with q=0 is refused even when "*" is accepted; "*" stands for every coding not named; a weight
 * that is not a number from 0 to 1 makes that entry count as refused.
 */
export function chooseEncoding(acceptEncoding) {
  if (!acceptEncoding) return "identity";
  const weights = new Map();
  for (const part of acceptEncoding.toLowerCase().split(",").slice(0, 32)) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split("=").map((x) => x.trim());
      if (k === "q") q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(v ?? "") ? Number(v) : 0;
    }
    weights.set(name.trim(), q);
  }
  const accepts = (coding) => (weights.has(coding) ? weights.get(coding) > 0 : (weights.get("*") ?? 0) > 0);
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return "identity";
}

/** A page request the router did not make (those want the RSC payload, which Next sends). */
function isDocumentRequest(req) {
  const h = req.headers;
  return !h.rsc && !h["next-router-prefetch"] && !h["next-router-state-tree"] && !h["next-router-segment-prefetch"] && !h["next-action"];
}

/**
 * The routes of the build that are whole prerendered pages answered with 200, mapped to their
 * HTML files. The 404 page is left to the proxy, which sends it with status 404.
 */
export function prerenderedPages(root) {
  const appDir = path.join(root, ".next", "server", "app");
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8"));
  const files = new Map();
  for (const [route, info] of Object.entries(manifest.routes)) {
    // Static files made by route handlers that must arrive fast and small (the help box script, which
    // blocks the first paint): sent compressed from memory too, with the headers their handler gave.
    if (info.routeType === "route" && route.startsWith("/help-box/")) {
      const file = path.join(appDir, `${route.slice(1)}.body`);
      if (fs.existsSync(file)) files.set(route, file);
      continue;
    }
    if (info.routeType !== "page" || (info.initialStatus ?? 200) !== 200) continue;
    if (info.srcRoute === "/[locale]/not-found-page") continue;
    const file = path.join(appDir, `${route === "/" ? "index" : route.slice(1)}.html`);
    if (fs.existsSync(file)) files.set(route, file);
  }
  return files;
}

export function createStaticPages(root, { budgetBytes = BUDGET_BYTES } = {}) {
  const files = prerenderedPages(root);
  const manifestRoutes = JSON.parse(fs.readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8")).routes;
  const routeHeaders = (pathname) => (manifestRoutes[pathname]?.routeType === "route" ? manifestRoutes[pathname].initialHeaders : null);
  // Least recently used first (a Map keeps insertion order; a hit moves the entry to the end).
  const cache = new Map();
  const pending = new Map();
  let cachedBytes = 0;

  function remember(key, buffer) {
    cache.set(key, buffer);
    cachedBytes += buffer.length;
    for (const [oldKey, old] of cache) {
      if (cachedBytes <= budgetBytes) break;
      cache.delete(oldKey);
      cachedBytes -= old.length;
    }
  }

  async function load(pathname, encoding) {
    const raw = await fs.promises.readFile(files.get(pathname));
    return encoding === "identity" ? raw : COMPRESS[encoding](raw);
  }

  function body(pathname, encoding) {
    const key = `${encoding} ${pathname}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    if (!pending.has(key)) {
      pending.set(
        key,
        load(pathname, encoding)
          .then((buffer) => {
            remember(key, buffer);
            return buffer;
          })
          .finally(() => pending.delete(key)),
      );
    }
    return pending.get(key);
  }

  function send(req, res, buffer, encoding, { csp, etag }, pathname) {
    for (const { key, value } of securityHeaders) res.setHeader(key, value);
    res.setHeader("Content-Security-Policy", csp);
    const route = routeHeaders(pathname);
    res.setHeader("Content-Type", route?.["content-type"] ?? "text/html; charset=utf-8");
    res.setHeader("Cache-Control", route?.["cache-control"] ?? CACHE_CONTROL);
    res.setHeader("Vary", route ? "Accept-Encoding" : VARY);
    if (etag) res.setHeader("ETag", etag);
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", buffer.length);
    res.end(req.method === "HEAD" ? undefined : buffer);
  }

  return {
    size: files.size,
    has: (pathname) => files.has(pathname),
    cachedBytes: () => cachedBytes,
    /**
     * Sends the page if this request is a whole-page GET or HEAD for a prerendered route and
     * returns true; returns false to leave the request to Next. `fallback` hands the request to
     * Next if the page's file cannot be read.
     */
    serve(req, res, pathname, headers, fallback) {
      if ((req.method !== "GET" && req.method !== "HEAD") || !files.has(pathname) || !isDocumentRequest(req)) return false;
      const encoding = chooseEncoding(req.headers["accept-encoding"]);
      const ready = body(pathname, encoding);
      if (Buffer.isBuffer(ready)) send(req, res, ready, encoding, headers, pathname);
      else
        ready.then(
          (buffer) => send(req, res, buffer, encoding, headers, pathname),
          (error) => {
            // The build changed under the running server, or the disk failed: Next tries.
            console.error(`Could not read the prerendered page ${pathname} (${error.message}); Next will answer.`);
            fallback();
          },
        );
      return true;
    },
  };
}
