import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressBuild } from "../precompress.mjs";
import { createStaticAssets, staticAssets } from "../static-assets.mjs";

// A miniature build output with scripts, a stylesheet and a font, compressed the way the build step
// does it, then served by a real HTTP server; whatever the assets leave goes to a stand-in for Next.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "steady-assets-"));
const staticDir = path.join(root, ".next", "static");
const script = "globalThis.TURBOPACK=[];function chunk(){return 'ذ';}\n".repeat(400);
fs.mkdirSync(path.join(staticDir, "chunks"), { recursive: true });
fs.mkdirSync(path.join(staticDir, "media"), { recursive: true });
fs.mkdirSync(path.join(root, ".next", "server", "app"), { recursive: true });
fs.writeFileSync(path.join(staticDir, "chunks", "a1.js"), script);
fs.writeFileSync(path.join(staticDir, "chunks", "b2.css"), "body{color:#111}\n".repeat(300));
fs.writeFileSync(path.join(staticDir, "chunks", "c3.js"), "late();"); // added after the build step: no copy
fs.writeFileSync(path.join(staticDir, "media", "font.woff2"), "woff2");
fs.writeFileSync(path.join(root, ".next", "prerender-manifest.json"), JSON.stringify({ routes: {} }));

let server: http.Server;
let base = "";
let toNext = 0;

beforeAll(async () => {
  fs.rmSync(path.join(staticDir, "chunks", "c3.js"));
  const result = await precompressBuild(root);
  expect(result.assets).toBe(2);
  fs.writeFileSync(path.join(staticDir, "chunks", "c3.js"), "late();");
  const assets = createStaticAssets(root);
  server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://x").pathname;
    const next = () => {
      toNext++;
      res.writeHead(200, { "X-Served-By": "next" });
      res.end("from next");
    };
    if (!assets.serve(req, res, pathname, "default-src 'none'", next)) next();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function get(pathname: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(base + pathname, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static assets", () => {
  it("lists the build's scripts and stylesheets by their address, nothing else", () => {
    expect([...staticAssets(root).keys()].sort()).toEqual([
      "/_next/static/chunks/a1.js",
      "/_next/static/chunks/b2.css",
      "/_next/static/chunks/c3.js",
    ]);
  });

  it("sends the Brotli copy to a browser that takes it, with Next's caching headers", async () => {
    const res = await get("/_next/static/chunks/a1.js", { "Accept-Encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it("sends the gzip copy when Brotli is not accepted, and a stylesheet as CSS", async () => {
    const res = await get("/_next/static/chunks/b2.css", { "Accept-Encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(zlib.gunzipSync(res.body).toString()).toBe("body{color:#111}\n".repeat(300));
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await get("/_next/static/chunks/a1.js", { "Accept-Encoding": "br" }, "HEAD");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.body.length).toBe(0);
  });

  it("leaves to Next what it has no copy for, cannot encode, or does not know", async () => {
    const before = toNext;
    for (const [pathname, headers, method] of [
      ["/_next/static/chunks/a1.js", {}, "GET"], // no Accept-Encoding: Next sends it as it is
      ["/_next/static/chunks/a1.js", { "Accept-Encoding": "br;q=0, gzip;q=0" }, "GET"],
      ["/_next/static/chunks/c3.js", { "Accept-Encoding": "br" }, "GET"], // no copy
      ["/_next/static/media/font.woff2", { "Accept-Encoding": "br" }, "GET"], // not a script or stylesheet
      ["/_next/static/chunks/../../prerender-manifest.json", { "Accept-Encoding": "br" }, "GET"],
      ["/_next/static/chunks/a1.js.br", { "Accept-Encoding": "br" }, "GET"],
      ["/_next/static/chunks/a1.js", { "Accept-Encoding": "br" }, "POST"],
    ] as const) {
      const res = await get(pathname, headers, method);
      expect(res.headers["x-served-by"], `${method} ${pathname}`).toBe("next");
    }
    expect(toNext - before).toBe(7);
  });
});
