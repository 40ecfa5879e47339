import "server-only";
import path from "node:path";
import { openPostgres } from "./postgres";
import { sqlStore } from "./sql-store";
import { openSqlite } from "./sqlite";
import type { Store } from "./types";

export type { Consultation, Store, Subscriber } from "./types";

/** Where the SQLite file and the mail outbox live. Env `DATA_DIR`; default `data/` in the project root. */
export function dataDir(): string {
  // Runtime data, not part of the build: keep the output tracer from pulling the whole project in.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? "data");
}

/**
 * Opens the store chosen by the environment and runs the migrations: PostgreSQL when `DATABASE_URL` is set,
 * else SQLite at `DATA_DIR/guide.db`.
 */
export async function openStore(env: Record<string, string | undefined> = process.env): Promise<Store> {
  const engine = env.DATABASE_URL
    ? openPostgres(env.DATABASE_URL)
    : openSqlite(path.join(path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR ?? "data"), "guide.db"));
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
