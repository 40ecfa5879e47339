import "server-only";
import path from "node:path";
import { openPostgres } from "./postgres";
import { sqlStore } from "./sql-store";
import { openSqlite } from "./sqlite";
import type { Store } from "./types";

export type { Consultation, Store, Subscriber } from "./types";

/** Where the SQLite file and the mail outbox live. Env `DATA_DIR`; default `data/` in the project root. */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  // Runtime data, not part of the build: keep the output tracer from pulling the whole project in.
  return path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR ?? "data");
}

/** The SQLite database file, `DATA_DIR/guide.db` (used when DATABASE_URL is unset). */
export function sqliteFile(env: Record<string, string | undefined> = process.env): string {
  return path.join(dataDir(env), "guide.db");
}

/** Where the store lives, for the operator's log: the SQLite file, or PostgreSQL's host and database (never the password). */
export function describeStore(env: Record<string, string | undefined> = process.env): string {
  if (!env.DATABASE_URL) return `SQLite at ${sqliteFile(env)}`;
  try {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL is not a valid URL)";
  }
}

/**
 * Opens the store chosen by the environment and runs the migrations: PostgreSQL when `DATABASE_URL` is set,
 * else SQLite at `DATA_DIR/guide.db`.
 */
export async function openStore(env: Record<string, string | undefined> = process.env): Promise<Store> {
  const engine = env.DATABASE_URL
    ? openPostgres(env.DATABASE_URL)
    : openSqlite(sqliteFile(env));
  try {
    await engine.migrate();
  } catch (error) {
    await engine.close().catch(() => {});
    throw error;
  }
  return sqlStore(engine);
}

// Kept on globalThis: Next may load this module once per route bundle, but the process needs ONE connection
// (SQLite) or pool (PostgreSQL).
const key = Symbol.for("ai-hiring-guide.store");
type Holder = { [key]?: Promise<Store> };

/** The process-wide store, opened (and migrated) on first use. A failed open is retried on the next call. */
export function getStore(): Promise<Store> {
  const holder = globalThis as Holder;
  holder[key] ??= openStore().catch((error) => {
    delete holder[key];
    throw error;
  });
  return holder[key];
}

/**
 * Opens the store (and runs its migrations) when the server starts, from instrumentation.ts, and says in the
 * log whether that worked: a storage mistake (DATA_DIR not writable, DATABASE_URL unreachable) shows at
 * start, not at the first reader's signup. Never throws: pages do not need the store, and every form request
 * tries to open it again (getStore), answering 503 with "nothing was stored" meanwhile.
 */
export async function openStoreAtStart(): Promise<void> {
  const where = describeStore();
  try {
    await getStore();
    console.log(`✓ Form storage ready: ${where}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      [
        `⚠ Form storage did not open: ${where}: ${reason}`,
        "  Pages work; newsletter signups and consultation requests answer 503 (nothing stored) until it opens.",
        "  Check DATA_DIR (a folder this server can write), or DATABASE_URL.",
      ].join("\n"),
    );
  }
}
