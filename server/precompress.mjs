// Compresses every page the server sends from memory, and the build's scripts and stylesheets, once,
// when the site is built, into files next to the build's own (page.html.br, page.html.gz,
// chunk.js.br). The server then only reads bytes: a crawler walking every page in every encoding
// costs disk reads, never a compression per request, and the first reader of a page gets it as
// fast as the thousandth.
//
// Run after `next build` (npm run build and npm start do): `node server/precompress.mjs` redoes
// what is missing or older than its page, and writes the pages' CSP hashes (server/csp.mjs), which
// belong to the build too.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compress, compressedFile, ENCODINGS, isPrecompressed } from "./compression.mjs";
import { writeCspManifest } from "./csp.mjs";
import { staticAssets } from "./static-assets.mjs";
import { prerenderedPages } from "./static-pages.mjs";

/**
 * Writes the missing or stale compressed copies of every page, script and stylesheet of the build
 * at `root`. Each copy is written to a temporary file and renamed into place, so a server reading
 * it never sees half a file.
 * @param {string} root
 */
export async function precompressBuild(root) {
  const pages = [...prerenderedPages(root).values()];
  const assets = [...staticAssets(root).values()];
  const files = [...pages, ...assets];
  const encodings = /** @type {import("./compression.mjs").Compressed[]} */ (Object.keys(ENCODINGS));
  const jobs = files.flatMap((file) => encodings.map((encoding) => ({ file, encoding })));
  const bytes = { identity: 0, br: 0, gzip: 0 };
  let written = 0;
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const { file, encoding } = jobs[next++];
      const target = compressedFile(file, encoding);
      if (!(await isPrecompressed(file, encoding))) {
        const raw = await fs.promises.readFile(file);
        const temporary = `${target}.${process.pid}.tmp`;
        await fs.promises.writeFile(temporary, await compress(raw, encoding));
        await fs.promises.rename(temporary, target);
        written++;
      }
      // Read before adding: `total += await x` would add to a total read before the await.
      const size = (await fs.promises.stat(target)).size;
      bytes[encoding] += size;
      if (encoding === "br") {
        const rawSize = (await fs.promises.stat(file)).size;
        bytes.identity += rawSize;
      }
    }
  }
  // Node's thread pool runs four compressions at once by default; more workers only queue.
  await Promise.all(Array.from({ length: Math.max(4, os.availableParallelism()) }, worker));
  return { pages: pages.length, assets: assets.length, written, bytes };
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  const started = Date.now();
  const root = path.resolve(import.meta.dirname, "..");
  writeCspManifest();
  const { pages, assets, written, bytes } = await precompressBuild(root);
  const MB = (/** @type {number} */ n) => (n / 1e6).toFixed(1);
  console.log(
    `✓ CSP hashes written; ${pages} pages and ${assets} scripts and stylesheets precompressed (${written} files written) in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s: ${MB(bytes.identity)} MB, ${MB(bytes.br)} MB as Brotli, ${MB(bytes.gzip)} MB as gzip`,
  );
}
