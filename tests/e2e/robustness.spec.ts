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
    if (path.startsWith("/api") && status >= 400 && status !== 404 + 1) {
      if (response.headers()["content-type"]?.includes("json")) expect(JSON.parse(body)).toHaveProperty("error");
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
    const response = await request.get(url, { maxRedirects: 0 }).catch(() => null);
    if (!response) continue; // the client itself refused the URL
    expect(response.status(), url).toBeLessThan(500);
  }
});
