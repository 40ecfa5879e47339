import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./tests/support/chromium";
import { mainPort as port, mainServerEnv } from "./tests/support/e2e-server";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
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
    command: `rm -rf ${mainServerEnv.DATA_DIR} && npx tsx lib/server/start.ts`,
    url: `http://localhost:${port}/`,
    // Never another server already on the port (an orphan of an earlier run, a `PORT=3100 npm start`): it has
    // another DATA_DIR and settings, and the form tests' database checks would read a file it never writes.
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      SITE_URL: `http://localhost:${port}`,
      PORT: String(port),
      ...mainServerEnv,
      // Whatever the outer shell has: this server uses SQLite and the outbox.
      DATABASE_URL: "",
      SMTP_URL: "",
    },
  },
});
