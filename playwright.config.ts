import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests against the built app (run `npx vite build` first; `npm test` does both): the backend serves dist/web
 * on port 3100 with a fresh embedded database and the demo users.
 */
/** VOORDEUR_E2E_PORT lets several developers (or helpers) run e2e at once on one machine. */
const PORT = Number(process.env.VOORDEUR_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const E2E_DATA_DIR = `.tmp/e2e-data-${PORT}`;
/** Set by `npm test` for a second run against a PostgreSQL server (scripts/with-postgres.sh). */
const databaseUrl = process.env.VOORDEUR_E2E_DATABASE_URL;
const serverEnv: Record<string, string> = databaseUrl
  ? {
      DATABASE_URL: databaseUrl,
      VOORDEUR_BSN_SLEUTEL: randomBytes(32).toString("base64"),
      VOORDEUR_BSN_INDEX_SLEUTEL: randomBytes(32).toString("base64"),
      VOORDEUR_AUDIT_ANKER_SLEUTEL: randomBytes(32).toString("base64"),
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  outputDir: `.tmp/test-results-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  // scripts/test.ts (npm test) sets PLAYWRIGHT_JSON_OUTPUT_NAME to collect the results as JSON.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // The page's language and Chromium's own (--lang and LANG below; on Linux the date inputs follow LANG): date inputs
    // show dd-mm-jjjj as a Dutch user sees them. Tests still fill them with ISO dates (fill() takes the value).
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      env: { ...process.env, LANG: "nl_NL.UTF-8", LANGUAGE: "nl_NL:nl" },
      args: [
        "--lang=nl-NL",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // e2e/voorbereiden.mjs empties the data directory (a fresh demo database per run) and checks
    // that dist/web exists; Playwright starts the webServer before any globalSetup could do that.
    command: "node e2e/voorbereiden.mjs && node e2e/server.mjs",
    url: `${baseURL}/api/gezondheid`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      VOORDEUR_DATA_DIR: E2E_DATA_DIR,
      LOG_LEVEL: "warn",
      VOORDEUR_DEMO: "1",
      ...serverEnv,
    },
  },
});
