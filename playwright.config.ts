import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./tests/support/chromium";

/** Port of the production server the browser tests run against (`next start`, after `next build`). */
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "off",
    // Debian's Chromium: browsers are never downloaded on these machines.
    launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // A throwaway PostgreSQL server for the tests that run the site on it (unless npm test started one).
  globalSetup: "./tests/e2e/global-setup.ts",
  webServer: {
    // The build is made once by tests/run-all.sh; this only serves it, with the production server (`npm start`),
    // on an empty DATA_DIR of its own.
    command: "rm -rf tests/.tmp/e2e-data && npx tsx lib/server/start.ts",
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {
      SITE_URL: `http://localhost:${port}`,
      PORT: String(port),
      DATA_DIR: "tests/.tmp/e2e-data",
      // Values the form tests rely on: tests/e2e/forms-helpers.ts.
      ADMIN_TOKEN: "e2e-admin-token-4f9c2a",
      CONSULT_NOTIFY_TO: "agency@example.com",
      FORM_RATE_LIMIT: "5",
      TRUST_PROXY: "1",
      // Whatever the outer shell has: this server uses SQLite and the outbox.
      DATABASE_URL: "",
      SMTP_URL: "",
    },
  },
});
