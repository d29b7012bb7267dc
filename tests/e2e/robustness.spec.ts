import { expect, test } from "@playwright/test";

// Malformed paths, locales, regions and query strings: a 4xx page or JSON error, never a 5xx,
// never a stack trace.
const LONG = "a".repeat(5000);
const UNICODE = "ñ漢字🙂\u202e\u0000";

const paths = [
  "/en/helplines/%E0%A4%A",
  "/%",
  "/en/%ZZ",
  "/en/helplines/../../etc/passwd",
  "/en/helplines/g%00b",
  `/en/${LONG}`,
  `/${encodeURIComponent(UNICODE)}`,
  `/en/helplines/${encodeURIComponent(UNICODE)}`,
  "/EN",
  "/en/EXPLAINERS/anxiety",
  "/en/explainers/anxiety/extra",
  "/en/helplines/gb/",
  "/en/helplines/gb?topic=%ZZ",
  `/en/helplines/gb?${"x=1&".repeat(500)}`,
  "/ar/about?<script>alert(1)</script>",
  "/en/not-found-page/x",
  "/.env",
  "/_next/static/../../package.json",
  "/_next/data/x/y.json",
  "/api",
  "/api/nope",
  "/api/helplines/GB",
  `/api/helplines?region=${LONG}`,
  `/api/helplines?region=${encodeURIComponent(UNICODE)}`,
  "/api/helplines?region=%",
  "/api/helplines?region=gb&topic=crisis&topic=anxiety",
  "/api/helplines?region[]=gb",
  "/api/helplines?region=gb&openNow=TRUE",
  "/api/regions?locale=",
  "/api/regions?locale=en&locale=fr",
];

test("malformed requests never cause a 5xx or leak a stack trace", async ({ request }) => {
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    const status = response.status();
    expect(status, path.slice(0, 120)).toBeLessThan(500);
    const body = await response.text();
    expect(body, path.slice(0, 120)).not.toMatch(/at \S+ \(\/|node_modules|Error: .*\n\s+at /);
    // Every refusal under /api/ is JSON with an error, whatever refused it.
    if (path.startsWith("/api/") && status >= 400) {
      expect(response.headers()["content-type"], path.slice(0, 120)).toContain("application/json");
      expect(JSON.parse(body), path.slice(0, 120)).toHaveProperty("error");
    }
  }
});

test("wrong methods are refused", async ({ request }) => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
    const api = await request.fetch("/api/helplines?region=GB", { method });
    expect(api.status(), `${method} api`).toBe(405);
    const page = await request.fetch("/en", { method });
    expect(page.status(), `${method} page`).toBeLessThan(500);
    expect(page.status(), `${method} page`).toBeGreaterThanOrEqual(400);
  }
});

test("random junk in paths and queries (seeded, 300 requests)", async ({ request }) => {
  let seed = 20261126;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = [
    "a",
    "Z",
    "0",
    "/",
    "%",
    "%2F",
    "..",
    "?",
    "&",
    "=",
    "#",
    "ñ",
    "漢",
    "🙂",
    "%00",
    "%E2%80%AE",
    " ",
    "+",
    ";",
    "'",
    '"',
    "<",
    ">",
    "gb",
    "en",
    "ar",
    "helplines",
    "api",
    "region=",
  ];
  const pick = () => alphabet[Math.floor(random() * alphabet.length)];
  for (let i = 0; i < 300; i++) {
    const length = 1 + Math.floor(random() * 12);
    let junk = "";
    for (let j = 0; j < length; j++) junk += pick();
    const prefix = ["/", "/en/", "/ar/helplines/", "/api/helplines?region=", "/api/regions?"][i % 5];
    const url = prefix + junk.replace(/#/g, "%23").replace(/ /g, "%20");
    let response;
    try {
      response = await request.get(url, { maxRedirects: 0 });
    } catch (error) {
      // Only the client refusing to send the URL is skipped; a reset or refused connection is a failure.
      if (/Invalid URL|invalid url/i.test(String(error))) continue;
      throw error;
    }
    expect(response.status(), url).toBeLessThan(500);
  }
  expect((await request.get("/en")).status()).toBe(200);
});

test("random headers, methods and request targets (seeded, 300 requests)", async ({ request }) => {
  let seed = 20261201;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const junk = (n: number) =>
    Array.from({ length: n }, () => pick(["a", "-", ";", "q=", "0", "1.5", "*", ",", " ", "x", "zh", "en-US", "=", "\t"])).join("");
  const values = {
    "Accept-Language": () => pick(["*", "fr-CH, fr;q=0.9, *;q=0.5", "zh-Hant-TW", "q=0", ";;;", "en;q=2", "", junk(40), junk(400)]),
    "Accept-Encoding": () => pick(["gzip;q=0, *", "br;q=x", "*;q=0", "identity;q=0", "deflate", "", junk(30)]),
    Range: () => pick(["bytes=0-10", "bytes=999999999-", "bytes=5-1", "bytes=x-y", "items=0-1", junk(20)]),
    "If-None-Match": () => pick(['"x"', "*", 'W/"y"', "", junk(50)]),
    "If-Modified-Since": () => pick(["yesterday", "Thu, 01 Jan 1970 00:00:00 GMT", junk(10)]),
  } as const;
  const methods = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"];
  const targets = [
    "/",
    "/en",
    "/ar/helplines/gb",
    "/zh/explainers/cardiophobia",
    "/api/helplines?region=GB",
    "/api/regions",
    "/help-box/en.js",
    "/sitemap.xml",
    "/en/nope",
  ];
  for (let i = 0; i < 300; i++) {
    const headers: Record<string, string> = {};
    for (const [name, make] of Object.entries(values)) if (random() < 0.5) headers[name] = make().replace(/[\r\n]/g, "");
    const method = pick(methods);
    const target = pick(targets);
    const response = await request.fetch(target, { method, headers, maxRedirects: 0 });
    expect(response.status(), `${method} ${target} ${JSON.stringify(headers)}`).toBeLessThan(500);
    if (target.startsWith("/api/") && response.status() >= 400 && method !== "HEAD")
      expect(await response.json(), `${method} ${target}`).toHaveProperty("error");
  }
  expect((await request.get("/en")).status()).toBe(200);
});
