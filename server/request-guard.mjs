// The first look at every request, before Next or the page cache sees it: anything a reader's
// browser never sends is answered here with a clean 4xx (and the strict headers), so no hostile
// request can reach a code path that answers 500, hangs, or serves a page with the wrong policy.
// Pure: it reads the method, the request target and a few headers, and says what to answer.

const PAGE_METHODS = ["GET", "HEAD"];
const API_METHODS = ["GET", "HEAD"];
// Characters that never belong in a path, raw or percent-encoded: controls and DEL.
const CONTROL = /[\u0000-\u001f\u007f]/;
// Paths of Next's that this site does not use (the image optimizer) or must not expose.
const CLOSED_PREFIXES = ["/_next/image", "/_global-error", "/_error", "/_not-found"];

/**
 * Returns null when the request may go on, or the answer to give: { status, allow?, json }.
 * `json` says whether the answer is the API's JSON error (under /api/) or plain text.
 * @param {string | undefined} method
 * @param {string | undefined} target
 * @returns {{ status: number, message: string, json: boolean, allow?: string } | null}
 */
export function checkRequest(method, target) {
  const api = typeof target === "string" && target.startsWith("/api/");
  /** @param {number} status @param {string} message @param {{ allow?: string }} [extra] */
  const refuse = (status, message, extra = {}) => ({ status, message, json: api, ...extra });
  // Origin-form only ("/path?query"): not "*", not an absolute URL naming some host.
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//"))
    return refuse(400, "The request target must be a path.");
  if (target.length > 2048) return refuse(414, "The address is too long.");
  const [rawPath] = target.split("?", 1);
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return refuse(400, "The address is not valid: broken percent-encoding.");
  }
  if (CONTROL.test(path) || CONTROL.test(target)) return refuse(400, "The address contains control characters.");
  // Dot-segments ("/api/../x", "/%2e%2e/"): a browser removes them before it sends a request.
  if (path.split("/").some((segment) => segment === "." || segment === ".."))
    return refuse(400, "The address must not contain dot-segments.");
  const allowed = api ? API_METHODS : PAGE_METHODS;
  if (!method || !allowed.includes(method)) return refuse(405, "Method not allowed.", { allow: allowed.join(", ") });
  if (CLOSED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)))
    return refuse(404, "Not found.");
  return null;
}
