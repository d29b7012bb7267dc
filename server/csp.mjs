// Content-Security-Policy without 'unsafe-inline' for scripts on prerendered pages.
//
// Next.js inlines small scripts in every page (the React Server Components payload and its
// bootstrap). They differ from page to page, and static HTML cannot carry a per-request nonce,
// so after each build we hash the inline scripts of every prerendered page and keep
// path → hashes in .next/steady-csp.json. server/main.mjs sends each page its own policy.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const appDir = path.join(root, ".next", "server", "app");
export const MANIFEST = path.join(root, ".next", "steady-csp.json");

// Everything except script-src is the same for every response.
const BASE = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The policy for one response; `extra` is for development only ('unsafe-inline', 'unsafe-eval').
 * @param {string[]} [hashes]
 * @param {string[]} [extra]
 */
export function policy(hashes = [], extra = []) {
  const scripts = ["'self'", ...hashes.map((h) => `'${h}'`), ...extra].join(" ");
  return [...BASE, `script-src ${scripts}`].join("; ");
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * The sha256 sources of a page's executable inline scripts (JSON data blocks are not run).
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\btype=["']?application\/(ld\+)?json/.test(attributes)) continue;
    hashes.add(`sha256-${crypto.createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/**
 * @param {string} dir
 * @param {string[]} out
 */
function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith(".html")) out.push(full);
  }
  return out;
}

/** True when the manifest was written after the current build (by the build step, or an earlier start). */
export function isCspManifestCurrent() {
  try {
    return fs.statSync(MANIFEST).mtimeMs >= fs.statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Hashes every prerendered page of the current build into the manifest: the inline-script
 * hashes for its CSP, and an ETag (computed once here rather than by Next on every request,
 * which hashes the whole page each time).
 */
export function writeCspManifest() {
  /** @type {Record<string, { hashes: string[], etag: string }>} */
  const pages = {};
  for (const file of walk(appDir, [])) {
    const route =
      "/" +
      path
        .relative(appDir, file)
        .replace(/\.html$/, "")
        .split(path.sep)
        .join("/");
    const key = route === "/index" ? "/" : route;
    const html = fs.readFileSync(file, "utf8");
    const etag = `W/"${crypto.createHash("sha1").update(html).digest("base64url")}"`;
    pages[key] = { hashes: inlineScriptHashes(html), etag };
  }
  // Written to a file of its own and renamed into place: several instances starting at once (npm run
  // cluster) each write it, and none may read a half-written one.
  const temporary = `${MANIFEST}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ pages }));
  fs.renameSync(temporary, MANIFEST);
  return Object.keys(pages).length;
}
