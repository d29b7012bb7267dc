import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, createStaticPages } from "../static-pages.mjs";

describe("chooseEncoding", () => {
  it("prefers Brotli, then gzip, then none", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("")).toBe("identity");
  });
  it("honours q=0 and wildcards", () => {
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("BR;Q=0.0, GZIP")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0")).toBe("identity");
    // "*" stands for every coding not named, so it accepts br too; a named q=0 still refuses.
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("gzip;q=0, *")).toBe("br");
    expect(chooseEncoding("br;q=0, gzip;q=0, *")).toBe("identity");
    expect(chooseEncoding("br;q=0, *;q=0.1")).toBe("gzip");
  });

  it("counts an entry with an invalid weight as refused", () => {
    for (const h of ["gzip;q=abc", "gzip;q=2", "gzip;q=-1", "gzip;q=", "br;q=0.5.5"]) expect(chooseEncoding(h), h).toBe("identity");
    expect(chooseEncoding("br;q=x, gzip")).toBe("gzip");
  });
});

// A miniature build output: a prerender manifest and its HTML files, served by a real HTTP server.
describe("createStaticPages", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "steady-static-"));
  const page = (n: number) => `<!DOCTYPE html><html lang="en"><body>${`page ${n} `.repeat(2000)}</body></html>`;
  let server: http.Server;
  let base = "";
  let fallbacks = 0;
  const pages = createStaticPagesFor(root);

  function createStaticPagesFor(dir: string) {
    const app = path.join(dir, ".next", "server", "app", "en");
    fs.mkdirSync(app, { recursive: true });
    const routes: Record<string, object> = {};
    for (let n = 1; n <= 5; n++) {
      fs.writeFileSync(path.join(app, `p${n}.html`), page(n));
      routes[`/en/p${n}`] = { routeType: "page", srcRoute: "/[locale]/[p]" };
    }
    fs.writeFileSync(path.join(app, "not-found-page.html"), "404");
    routes["/en/not-found-page"] = { routeType: "page", srcRoute: "/[locale]/not-found-page" };
    routes["/en/gone"] = { routeType: "page", srcRoute: "/[locale]/[p]" }; // in the manifest, no file
    routes["/robots.txt"] = { routeType: "route" };
    fs.writeFileSync(path.join(dir, ".next", "prerender-manifest.json"), JSON.stringify({ routes }));
    // A budget for about two compressed pages and no more.
    return createStaticPages(dir, { budgetBytes: 2 * zlib.brotliCompressSync(page(1)).length + 10 });
  }

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const pathname = new URL(req.url ?? "/", "http://x").pathname;
      if (!pages.serve(req, res, pathname, { csp: "default-src 'self'", etag: 'W/"e"' }, () => res.end())) {
        fallbacks++;
        res.statusCode = 418;
        res.end("next");
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("knows only whole pages that have a file, not the 404 page or routes", () => {
    expect(pages.size).toBe(5);
    expect(pages.has("/en/p1")).toBe(true);
    expect(pages.has("/en/not-found-page")).toBe(false);
    expect(pages.has("/en/gone")).toBe(false);
    expect(pages.has("/robots.txt")).toBe(false);
  });

  it("sends the file, compressed as asked, with the page's headers", async () => {
    const br = await fetch(`${base}/en/p1`, { headers: { "accept-encoding": "br" } });
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(await br.text()).toBe(page(1)); // fetch decompresses
    expect(br.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(br.headers.get("etag")).toBe('W/"e"');
    expect(br.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("leaves other methods, router requests and unknown paths to Next", async () => {
    const before = fallbacks;
    expect((await fetch(`${base}/en/p1`, { method: "POST" })).status).toBe(418);
    expect((await fetch(`${base}/en/p1`, { headers: { rsc: "1" } })).status).toBe(418);
    expect((await fetch(`${base}/en/p9`)).status).toBe(418);
    expect((await fetch(`${base}/en/not-found-page`)).status).toBe(418);
    expect(fallbacks - before).toBe(4);
  });

  it("keeps its cache within the budget however many pages are asked for", async () => {
    for (let round = 0; round < 2; round++)
      for (let n = 1; n <= 5; n++) {
        const res = await fetch(`${base}/en/p${n}`, { headers: { "accept-encoding": "br" } });
        expect(await res.text()).toBe(page(n));
        expect(pages.cachedBytes()).toBeLessThanOrEqual(2 * zlib.brotliCompressSync(page(1)).length + 10);
      }
    expect(pages.cachedBytes()).toBeGreaterThan(0);
  });

  it("sends the copy compressed at build time when there is one, as it is on disk", async () => {
    // A copy that differs from what compressing the page would give: only reading it sends these bytes.
    const file = path.join(root, ".next", "server", "app", "en", "p5.html");
    const marker = zlib.gzipSync("precompressed");
    fs.writeFileSync(`${file}.gz`, marker);
    const res = await fetch(`${base}/en/p5`, { headers: { "accept-encoding": "gzip" } });
    expect(await res.text()).toBe("precompressed");
    expect(res.headers.get("content-length")).toBe(String(marker.length));
    // A copy older than its page (from an earlier build) is not used.
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    fs.writeFileSync(path.join(root, ".next", "server", "app", "en", "p4.html.gz"), marker);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(root, ".next", "server", "app", "en", "p4.html.gz"), old, old);
    expect(await (await fetch(`${base}/en/p4`, { headers: { "accept-encoding": "gzip" } })).text()).toBe(page(4));
  });
});
