import { ensurePostgres } from "../support/postgres";

/** Vitest global setup: a real PostgreSQL server for the store contract and migration suites. */
export default function setup() {
  return ensurePostgres();
}
