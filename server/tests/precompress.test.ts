import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { compressedFile, isPrecompressed } from "../compression.mjs";
import { precompressBuild } from "../precompress.mjs";

// A miniature build output: two pages, the 404 page (never precompressed: the proxy sends it) and a
// help box script (a route file, which the server sends compressed too).
const root = fs.mkdtempSync(path.join(os.tmpdir(), "steady-precompress-"));
const app = path.join(root, ".next", "server", "app");
const page = (n: number) => `<!DOCTYPE html><html><body>${`page ${n} – ذ `.repeat(500)}</body></html>`;
fs.mkdirSync(path.join(app, "en"), { recursive: true });
fs.mkdirSync(path.join(app, "help-box"), { recursive: true });
fs.writeFileSync(path.join(app, "en", "a.html"), page(1));
fs.writeFileSync(path.join(app, "en", "b.html"), page(2));
fs.writeFileSync(path.join(app, "en", "not-found-page.html"), "404");
fs.writeFileSync(path.join(app, "help-box", "en.js.body"), "window.steadyHelp={};".repeat(50));
fs.writeFileSync(
  path.join(root, ".next", "prerender-manifest.json"),
  JSON.stringify({
    routes: {
      "/en/a": { routeType: "page", srcRoute: "/[locale]/a" },
      "/en/b": { routeType: "page", srcRoute: "/[locale]/b" },
      "/en/not-found-page": { routeType: "page", srcRoute: "/[locale]/not-found-page" },
      "/help-box/en.js": { routeType: "route", initialHeaders: { "content-type": "text/javascript" } },
    },
  }),
);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("precompressBuild", () => {
  it("writes a Brotli and a gzip copy of every page and route file, which decompress to the original", async () => {
    const result = await precompressBuild(root);
    expect(result.pages).toBe(3);
    expect(result.written).toBe(6);
    for (const [file, text] of [
      [path.join(app, "en", "a.html"), page(1)],
      [path.join(app, "help-box", "en.js.body"), "window.steadyHelp={};".repeat(50)],
    ]) {
      expect(zlib.brotliDecompressSync(fs.readFileSync(compressedFile(file, "br"))).toString()).toBe(text);
      expect(zlib.gunzipSync(fs.readFileSync(compressedFile(file, "gzip"))).toString()).toBe(text);
    }
    expect(fs.existsSync(path.join(app, "en", "not-found-page.html.br"))).toBe(false);
    expect(result.bytes.br).toBeLessThan(result.bytes.identity / 5);
    // No temporary file is left behind.
    expect(fs.readdirSync(path.join(app, "en")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("redoes only what is missing or older than its page", async () => {
    expect((await precompressBuild(root)).written).toBe(0);
    const b = path.join(app, "en", "b.html");
    fs.writeFileSync(b, page(3));
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(b, later, later);
    expect(await isPrecompressed(b, "br")).toBe(false);
    fs.rmSync(compressedFile(path.join(app, "en", "a.html"), "gzip"));
    expect((await precompressBuild(root)).written).toBe(3);
    expect(zlib.brotliDecompressSync(fs.readFileSync(compressedFile(b, "br"))).toString()).toBe(page(3));
  });
});
