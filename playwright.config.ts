import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3210);

// End-to-end tests against the production build (npm test builds it first) in Debian's Chromium.
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // A stray test.only must not turn CI into a run of one test.
  forbidOnly: !!process.env.CI,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? findChromium() ?? undefined, args: CHROMIUM_ARGS },
    timezoneId: "Europe/London",
    locale: "en-GB",
    trace: "off",
  },
  projects: [
    { name: "site", testIgnore: /event-loop\.spec\.ts$/ },
    // Timing of the server itself: run alone, after the others, so that no browser or second
    // server competes with it for the machine's two cores while it is measured.
    { name: "server timing", testMatch: /event-loop\.spec\.ts$/, dependencies: ["site"] },
  ],
  webServer: {
    command: "node server/main.mjs",
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT), HOSTNAME_BIND: "127.0.0.1" },
  },
});
