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
// Compression: browsers get the page as Brotli (or gzip), read from the copy made at build time
// (server/precompress.mjs). The bytes sent most recently are kept in memory; the cache is bounded,
// so a crawler walking all 3,000 pages in every encoding cannot make the server grow without limit,
// and what falls out of it costs a disk read, not a compression. A page without its copy (a build
// made with `next build` alone) is compressed once, in the thread pool, and kept in the cache.
import fs from "node:fs";
import path from "node:path";
import { chooseEncoding, compress, compressedFile, isPrecompressed } from "./compression.mjs";
import { securityHeaders } from "./security-headers.mjs";

export { chooseEncoding };

/** @typedef {import("node:http").IncomingMessage} Request */
/** @typedef {import("node:http").ServerResponse} Response */
/** @typedef {import("./compression.mjs").Encoding} Encoding */
/** The headers of one page: its policy, and its ETag (none for route files). @typedef {{ csp: string, etag?: string }} PageHeaders */
/**
 * The part of .next/prerender-manifest.json read here.
 * @typedef {{ routes: Record<string, { routeType?: string, srcRoute?: string | null, initialStatus?: number, initialHeaders?: Record<string, string> }> }} PrerenderManifest
 */

/** @param {string} root @returns {PrerenderManifest} */
const readManifest = (root) => JSON.parse(fs.readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8"));

const BUDGET_BYTES = 48 * 1024 * 1024;

// Next sends these on its page responses; we keep them so that caches treat both the same way.
export const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
export const CACHE_CONTROL = "s-maxage=31536000";

/**
 * Sends bytes the server holds itself (a page, the help box script, a build asset): the headers
 * every response carries, then `headers`, the coding and the length; no body for HEAD.
 * @param {Request} req @param {Response} res @param {Buffer} buffer @param {Encoding} encoding
 * @param {Record<string, string>} headers
 */
export function sendBytes(req, res, buffer, encoding, headers) {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", buffer.length);
  res.end(req.method === "HEAD" ? undefined : buffer);
}

/** A page request the router did not make (those want the RSC payload, which Next sends). @param {Request} req */
function isDocumentRequest(req) {
  const h = req.headers;
  return !h.rsc && !h["next-router-prefetch"] && !h["next-router-state-tree"] && !h["next-router-segment-prefetch"] && !h["next-action"];
}

/**
 * The routes of the build that are whole prerendered pages answered with 200, mapped to their
 * HTML files. The 404 page is left to the proxy, which sends it with status 404.
 * @param {string} root
 * @returns {Map<string, string>}
 */
export function prerenderedPages(root) {
  const appDir = path.join(root, ".next", "server", "app");
  const manifest = readManifest(root);
  /** @type {Map<string, string>} */
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

/**
 * @param {string} root the project folder (the build is its .next)
 * @param {{ budgetBytes?: number }} [options] how many bytes of pages to keep in memory
 */
export function createStaticPages(root, { budgetBytes = BUDGET_BYTES } = {}) {
  const files = prerenderedPages(root);
  const manifestRoutes = readManifest(root).routes;
  /** @param {string} pathname */
  const routeHeaders = (pathname) => (manifestRoutes[pathname]?.routeType === "route" ? manifestRoutes[pathname].initialHeaders : null);
  // Least recently used first (a Map keeps insertion order; a hit moves the entry to the end).
  /** @type {Map<string, Buffer>} */
  const cache = new Map();
  /** @type {Map<string, Promise<Buffer>>} */
  const pending = new Map();
  let cachedBytes = 0;

  /** @param {string} key @param {Buffer} buffer */
  function remember(key, buffer) {
    cache.set(key, buffer);
    cachedBytes += buffer.length;
    for (const [oldKey, old] of cache) {
      if (cachedBytes <= budgetBytes) break;
      cache.delete(oldKey);
      cachedBytes -= old.length;
    }
  }

  /** @param {string} pathname @param {Encoding} encoding @returns {Promise<Buffer>} */
  async function load(pathname, encoding) {
    const file = /** @type {string} */ (files.get(pathname));
    if (encoding === "identity") return fs.promises.readFile(file);
    if (await isPrecompressed(file, encoding)) return fs.promises.readFile(compressedFile(file, encoding));
    return compress(await fs.promises.readFile(file), encoding);
  }

  /**
   * The bytes at once when they are in memory, else a promise of them.
   * @param {string} pathname @param {Encoding} encoding @returns {Buffer | Promise<Buffer>}
   */
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
    return /** @type {Promise<Buffer>} */ (pending.get(key));
  }

  /**
   * @param {Request} req @param {Response} res @param {Buffer} buffer @param {Encoding} encoding
   * @param {PageHeaders} headers @param {string} pathname
   */
  function send(req, res, buffer, encoding, { csp, etag }, pathname) {
    const route = routeHeaders(pathname);
    sendBytes(req, res, buffer, encoding, {
      "Content-Security-Policy": csp,
      "Content-Type": route?.["content-type"] ?? "text/html; charset=utf-8",
      "Cache-Control": route?.["cache-control"] ?? CACHE_CONTROL,
      Vary: route ? "Accept-Encoding" : VARY,
      ...(etag ? { ETag: etag } : {}),
    });
  }

  return {
    size: files.size,
    has: (/** @type {string} */ pathname) => files.has(pathname),
    cachedBytes: () => cachedBytes,
    /**
     * Sends the page if this request is a whole-page GET or HEAD for a prerendered route and
     * returns true; returns false to leave the request to Next. `fallback` hands the request to
     * Next if the page's file cannot be read.
     * @param {Request} req @param {Response} res @param {string} pathname @param {PageHeaders} headers
     * @param {() => void} fallback
     * @returns {boolean}
     */
    serve(req, res, pathname, headers, fallback) {
      if ((req.method !== "GET" && req.method !== "HEAD") || !files.has(pathname) || !isDocumentRequest(req)) return false;
      const encoding = chooseEncoding(req.headers["accept-encoding"]);
      const ready = body(pathname, encoding);
      if (Buffer.isBuffer(ready)) send(req, res, ready, encoding, headers, pathname);
      else
        ready.then(
          (buffer) => send(req, res, buffer, encoding, headers, pathname),
          (/** @type {Error} */ error) => {
            // The build changed under the running server, or the disk failed: Next tries.
            console.error(`Could not read the prerendered page ${pathname} (${error.message}); Next will answer.`);
            fallback();
          },
        );
      return true;
    },
  };
}
