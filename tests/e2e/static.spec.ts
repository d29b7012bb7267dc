import fs from "node:fs";
import path from "node:path";
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
  expect(expected.length).toBe(6 * (4 + EXPLAINERS.length + ISO_REGION_CODES.length));
});

test("the pages are served as prerendered files, not rendered per request", async ({ request }) => {
  const response = await request.get("/en/helplines/gb");
  expect(response.headers()["x-nextjs-prerender"] ?? response.headers()["x-nextjs-cache"]).toBeTruthy();
});
