import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";

const script = path.join(import.meta.dirname, "postgres.sh");

/**
 * Makes sure a throwaway PostgreSQL server is running for the tests and `TEST_DATABASE_URL` points at it.
 * `npm test` starts one for the whole run (tests/run-all.sh sources postgres.sh); a test runner started on
 * its own starts its own here and stops it when it finishes, or when the process exits on any path.
 * Returns the function that stops what was started here (nothing, when the URL came from outside).
 */
export function ensurePostgres(): () => void {
  if (process.env.TEST_DATABASE_URL) return () => {};
  const [url, dir] = execFileSync("bash", [script, "start"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split(" ");
  process.env.TEST_DATABASE_URL = url;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    execFileSync("bash", [script, "stop", dir], { stdio: "ignore" });
  };
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  return stop;
}

/** A new, empty database on the test server (so suites never see each other's rows); returns its URL. */
export async function freshPostgresDatabase(prefix = "t"): Promise<string> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set: run through npm test, or call ensurePostgres() first");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}
