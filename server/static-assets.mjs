// The build's scripts and stylesheets (/_next/static/…), sent as the Brotli or gzip copy made at
// build time (server/precompress.mjs). Next's own handler compresses them with gzip on every
// request; Brotli makes the first load of a page about 12% smaller (the framework's scripts are
// 132 kB as gzip and 115 kB as Brotli), which a reader on a slow phone waits for before the page works.
//
// Only files that are in the build folder when the server starts and have a copy are sent here,
// looked up by their exact address, so no request can reach another file. Everything else (a copy
// missing, an encoding the client does not accept) goes to Next as before.
import fs from "node:fs";
import path from "node:path";
import { chooseEncoding, compressedFile } from "./compression.mjs";
import { sendBytes } from "./static-pages.mjs";

/** @typedef {import("node:http").IncomingMessage} Request */
/** @typedef {import("node:http").ServerResponse} Response */

// The same header Next sends for these files: their names change with their content.
const CACHE_CONTROL = "public, max-age=31536000, immutable";
const TYPES = /** @type {const} */ ({ ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" });

/**
 * The scripts and stylesheets of the build at `root`, by their address (/_next/static/…).
 * @param {string} root
 * @returns {Map<string, string>}
 */
export function staticAssets(root) {
  const dir = path.join(root, ".next", "static");
  /** @type {Map<string, string>} */
  const files = new Map();
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !(path.extname(entry.name) in TYPES)) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set("/_next/static/" + path.relative(dir, file).split(path.sep).join("/"), file);
  }
  return files;
}

/** @param {string} root */
export function createStaticAssets(root) {
  // Which copies exist is settled once, at start: the build does not change under a running server.
  /** @type {Map<string, { type: string, br: string | null, gzip: string | null }>} */
  const assets = new Map();
  for (const [pathname, file] of staticAssets(root)) {
    const copy = (/** @type {import("./compression.mjs").Compressed} */ encoding) =>
      fs.existsSync(compressedFile(file, encoding)) ? compressedFile(file, encoding) : null;
    assets.set(pathname, { type: TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))], br: copy("br"), gzip: copy("gzip") });
  }
  /** @type {Map<string, Buffer>} the copies sent so far (the build's scripts: about a megabyte in all) */
  const cache = new Map();

  return {
    /**
     * Sends the compressed copy and returns true, or returns false to leave the request to Next.
     * @param {Request} req @param {Response} res @param {string} pathname @param {string} csp
     * @param {() => void} fallback hands the request to Next if the copy cannot be read
     * @returns {boolean}
     */
    serve(req, res, pathname, csp, fallback) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const asset = assets.get(pathname);
      if (!asset) return false;
      const encoding = chooseEncoding(req.headers["accept-encoding"]);
      const file = encoding === "identity" ? null : asset[encoding];
      if (!file) return false;
      const send = (/** @type {Buffer} */ buffer) =>
        sendBytes(req, res, buffer, encoding, {
          "Content-Security-Policy": csp,
          "Content-Type": asset.type,
          "Cache-Control": CACHE_CONTROL,
          Vary: "Accept-Encoding",
        });
      const hit = cache.get(file);
      if (hit) send(hit);
      else
        fs.promises.readFile(file).then(
          (buffer) => {
            cache.set(file, buffer);
            send(buffer);
          },
          (/** @type {Error} */ error) => {
            console.error(`Could not read ${file} (${error.message}); Next will answer.`);
            fallback();
          },
        );
      return true;
    },
  };
}
