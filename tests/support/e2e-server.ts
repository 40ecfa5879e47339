/**
 * The browser tests' servers in one place: playwright.config.ts starts the main one with `mainServerEnv`, the form
 * tests read its settings from here, and the specs that start servers of their own take the ports below.
 */

/** Port of the main production server (`npm start` on the build `npm test` made). */
export const mainPort = Number(process.env.E2E_PORT ?? 3100);

/** What the main server is started with, besides its port and address; the form and admin tests rely on these. */
export const mainServerEnv = {
  DATA_DIR: "tests/.tmp/e2e-data",
  ADMIN_TOKEN: "e2e-admin-token-4f9c2a",
  CONSULT_NOTIFY_TO: "agency@example.com",
  FORM_RATE_LIMIT: "5",
  TRUST_PROXY: "1",
} as const;

/** First port of each spec's own servers; each takes the ports from there up to the next entry. */
export const ownServerPorts = {
  /** forms-load.spec.ts: + 1 to + 3 */
  formsLoad: mainPort + 1,
  /** server-settings.spec.ts: + 4 to + 7, its SMTP receiver + 8 */
  serverSettings: mainPort + 4,
  /** store-down.spec.ts */
  storeDown: mainPort + 9,
  /** load.spec.ts */
  load: mainPort + 50,
  /** scale.spec.ts (a 100-chapter scratch build) */
  scale: mainPort + 60,
  /** failures.spec.ts: + 70 to + 74, its SMTP receiver + 75 */
  failures: mainPort + 70,
} as const;
