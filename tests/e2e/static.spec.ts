import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";
import { EXPLAINERS } from "../../lib/content/explainers";
import { ISO_REGION_CODES } from "../../lib/regions";
import { LOCALES } from "./helpers";

// Every page is prerendered at build time: only the JSON API runs per request. If a change makes
// a page dynamic (reading headers or cookies, say), it drops out of the prerender manifest here.
const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next", "prerender-manifest.json"), "utf8"));

test("every page in every locale is prerendered as static HTML", () => {
  const expected = LOCALES.flatMap((l) => [
    `/${l}`,
    `/${l}/about`,
    `/${l}/helplines`,
    `/${l}/not-found-page`,
    ...EXPLAINERS.map((e) => `/${l}/explainers/${e.slug}`),
    ...ISO_REGION_CODES.map((c) => `/${l}/helplines/${c.toLowerCase()}`),
  ]);
  const missing = expected.filter((route) => !manifest.routes[route]);
  expect(missing).toEqual([]);
  const notStatic = expected.filter((route) => manifest.routes[route].initialRevalidateSeconds !== false);
  expect(notStatic).toEqual([]);
  // And no page beyond these: every prerendered page under a locale is one of them.
  const pagesUnderLocales = Object.entries(manifest.routes)
    .filter(([route, info]) => (info as { routeType?: string }).routeType === "page" && LOCALES.includes(route.split("/")[1] as never))
    .map(([route]) => route);
  expect(pagesUnderLocales.sort()).toEqual([...expected].sort());
});

// The production server sends prerendered pages itself (server/static-pages.mjs). Raw HTTP here:
// Playwright's request client would decompress and hide what is on the wire.
function rawGet(urlPath: string, method: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const url = new URL(urlPath, test.info().project.use.baseURL);
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const prerendered = (route: string) => fs.readFileSync(path.join(process.cwd(), ".next", "server", "app", `${route.slice(1)}.html`));

test("pages are sent as the build prerendered them, compressed for browsers that ask", async () => {
  const file = prerendered("/en/helplines/gb");
  const plain = await rawGet("/en/helplines/gb", "GET");
  expect(plain.status).toBe(200);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body.equals(file)).toBe(true);
  expect(plain.headers["content-type"]).toBe("text/html; charset=utf-8");
  expect(plain.headers["vary"]).toContain("Accept-Encoding");
  expect(plain.headers["etag"]).toMatch(/^W\/"/);
  expect(plain.headers["content-security-policy"]).toContain("script-src 'self' 'sha256-");
  expect(plain.headers["strict-transport-security"]).toContain("max-age=");

  const br = await rawGet("/en/helplines/gb?type=text", "GET", { "Accept-Encoding": "gzip, deflate, br" });
  expect(br.headers["content-encoding"]).toBe("br");
  expect(zlib.brotliDecompressSync(br.body).equals(file)).toBe(true);
  expect(br.body.length).toBeLessThan(file.length / 4);

  const gzip = await rawGet("/ar/explainers/cardiophobia", "GET", { "Accept-Encoding": "gzip;q=1, br;q=0" });
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  expect(zlib.gunzipSync(gzip.body).equals(prerendered("/ar/explainers/cardiophobia"))).toBe(true);

  const head = await rawGet("/en", "HEAD");
  expect(head.status).toBe(200);
  expect(Number(head.headers["content-length"])).toBe(prerendered("/en").length);
  expect(head.body.length).toBe(0);

  const again = await rawGet("/en", "GET", { "If-None-Match": String(head.headers["etag"]) });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  expect(again.headers["vary"]).toBe(plain.headers["vary"]);
  expect(again.headers["content-security-policy"]).toBe(head.headers["content-security-policy"]);
  expect(again.headers["strict-transport-security"]).toBe(plain.headers["strict-transport-security"]);
});

test("requests from Next's router and unknown pages still go to Next", async () => {
  // The router asks for the React Server Components payload, never the HTML.
  const router = await rawGet("/en/helplines/gb", "GET", { RSC: "1" });
  expect(router.body.equals(prerendered("/en/helplines/gb"))).toBe(false);
  expect(router.headers["content-type"] ?? "").not.toContain("text/html");
  // The localized 404 page is sent with its status, not as a page of its own.
  const notFound = await rawGet("/en/not-found-page", "GET");
  expect(notFound.status).toBe(404);
  const unknown = await rawGet("/fr/helplines/zz", "GET");
  expect(unknown.status).toBe(404);
  expect(unknown.body.toString()).toContain('lang="fr"');
});
