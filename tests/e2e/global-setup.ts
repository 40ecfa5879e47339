import { ensurePostgres } from "../support/postgres";

/** Playwright global setup: a real PostgreSQL server (stopped by the returned teardown, or on exit). */
export default function globalSetup() {
  return ensurePostgres();
}
