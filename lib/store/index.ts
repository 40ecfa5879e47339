import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { openOnce, perProcess } from "../per-process";
import { latestVersion } from "./migrations";
import { startWarnings } from "./start-checks";
import { openPostgres } from "./postgres";
import { sqlStore } from "./sql-store";
import { countRecords, openSqlite } from "./sqlite";
import type { Store } from "./types";

export type { Consultation, Store, Subscriber } from "./types";

/** Where the SQLite file and the mail outbox live. Env `DATA_DIR`; default `data/` in the project root. */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  // Runtime data, not part of the build: keep the output tracer from pulling the whole project in.
  // Empty counts as unset ("DATA_DIR=" in an env file): it had put the database in the project root, not git-ignored.
  return path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR?.trim() || "data");
}

/** The SQLite database file, `DATA_DIR/guide.db` (used when DATABASE_URL is unset). */
export function sqliteFile(env: Record<string, string | undefined> = process.env): string {
  return path.join(dataDir(env), "guide.db");
}

/**
 * What is wrong with a DATABASE_URL, in words that never repeat it (it holds a password), or undefined. A
 * missing slash ("postgres:/user:pw@host/db") left no host, so the driver quietly tried localhost, and the
 * log printed the "path", password included; an unescaped "#" or "@" in the password moved the host.
 */
export function databaseUrlProblem(value: string): string | undefined {
  const shape = "write it as postgres://user:password@host:5432/database, with @ # / ? : % in the password %-encoded (%40 for @, %25 for %)";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `DATABASE_URL is not a URL: ${shape}`;
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") return `DATABASE_URL must start with postgres:// or postgresql://: ${shape}`;
  // A Unix socket is given as ?host=/var/run/postgresql, with no host after the slashes; a missing database
  // name is allowed (PostgreSQL then uses the user's name).
  if (!url.hostname && !url.searchParams.get("host")) return `DATABASE_URL names no host (check the two slashes after postgres:): ${shape}`;
  if (url.hash) return `DATABASE_URL has a "#" in it, which ends the address early: ${shape}`;
  if (url.pathname.includes("@")) return `DATABASE_URL has an "@" after the host: ${shape}`;
  return undefined;
}

/** A %-encoded part of an address as the driver reads it; as written when it holds a "%" that is no escape ("50%off"). */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Where the store lives, for the operator's log: the SQLite file, or PostgreSQL's host, port and database (never the password). */
export function describeStore(env: Record<string, string | undefined> = process.env): string {
  if (!env.DATABASE_URL) return `SQLite at ${sqliteFile(env)}`;
  if (databaseUrlProblem(env.DATABASE_URL)) return "PostgreSQL";
  const url = new URL(env.DATABASE_URL);
  const host = url.hostname ? `${url.hostname}${url.port ? `:${url.port}` : ""}` : url.searchParams.get("host");
  // Not decodeURIComponent: a stray "%" in the name threw here, at start, and the hourly purge was never scheduled.
  return `PostgreSQL at ${host}/${decoded(url.pathname.slice(1).split("/")[0])}`;
}

/**
 * Why a command that reads the server's store (the export, the newsletter) cannot, or undefined: without
 * DATABASE_URL, a DATA_DIR that holds no database. Such a command never creates one: a mistyped DATA_DIR would
 * otherwise look like a site nobody has signed up on.
 */
export function noStoreAt(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.DATABASE_URL || existsSync(sqliteFile(env))) return undefined;
  return `No database at ${sqliteFile(env)}. Check DATA_DIR: it must be the folder the server stores into.`;
}

/**
 * Opens the store chosen by the environment and runs the migrations: PostgreSQL when `DATABASE_URL` is set,
 * else SQLite at `DATA_DIR/guide.db`. With `readOnly` (the CSV export), or `migrate: false` (the newsletter
 * command, which writes only what it sends), nothing is created or migrated: a database at another schema
 * version than this code's (an empty one included) is an error that says so, so a mistyped database name or a
 * command from a newer checkout never changes production's tables.
 */
export async function openStore(env: Record<string, string | undefined> = process.env, { readOnly = false, migrate = !readOnly }: { readOnly?: boolean; migrate?: boolean } = {}): Promise<Store> {
  const problem = env.DATABASE_URL ? databaseUrlProblem(env.DATABASE_URL) : undefined;
  if (problem) throw new Error(problem);
  const engine = env.DATABASE_URL
    ? openPostgres(env.DATABASE_URL)
    : openSqlite(sqliteFile(env));
  try {
    if (migrate) await engine.migrate();
    const store = sqlStore(engine);
    if (!migrate) {
      // Only a missing table means "not this site's database": an unreachable server, a database that does not
      // exist or a refused password was reported as one holding no tables, sending the operator to the wrong cause.
      const [found, known] = [await store.schemaVersion().catch((error: unknown) => (isMissingTable(error) ? 0 : Promise.reject(error))), latestVersion];
      if (found !== known) {
        throw new Error(
          found === 0
            ? `${describeStore(env)} holds no tables of this site: check DATABASE_URL or DATA_DIR.`
            : `${describeStore(env)} is at schema version ${found}, this code at ${known}: ${found < known ? "start the server of this version once to bring it forward" : "export with the newer version that left it"}.`,
        );
      }
    }
    return store;
  } catch (error) {
    await engine.close().catch(() => {});
    throw error;
  }
}

/** Whether a query failed because its table does not exist (PostgreSQL's 42P01, SQLite's "no such table"). */
function isMissingTable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === "42P01" || (code === "SQLITE_ERROR" && String(message).startsWith("no such table"));
}

/** The process-wide store, opened (and migrated) on first use. A failed open is retried on the next call. */
export function getStore(): Promise<Store> {
  // Next may load this module once per route bundle, but the process needs ONE connection (SQLite) or pool
  // (PostgreSQL).
  return openOnce("store", async () => {
    const store = await openStore();
    const state = startState();
    if (state.failedAt !== undefined) void announceOpen(store, state.failedAt);
    delete state.failedAt;
    return store;
  });
}

/**
 * Writes one row (the time of this check), and so fails as a form would: a read-only database file or a
 * standby, or a full disk, opens and answers reads, while every signup fails.
 */
export async function checkWritable(store: Store, now = Date.now()): Promise<void> {
  await store.setSetting("health_checked_at", String(now));
}

/**
 * When the store did not open at start: the first open after it says so in the log, with the start's checks. Per
 * process, not per module: Next gives instrumentation.ts and the route handlers each their own copy of this file.
 */
const startState = () => perProcess<{ failedAt: number }>("store-start", { keepInDev: true });

/** The log's word that the store is open, and what it should warn about (lib/store/start-checks.ts). */
async function announceOpen(store: Store, since?: number): Promise<void> {
  console.log(`✓ Form storage ready: ${describeStore()}${since === undefined ? "" : ` (after ${Math.round((Date.now() - since) / 1000)} s)`}`);
  for (const warning of await startWarnings(store).catch(() => [])) console.warn(warning);
}

/**
 * Opens the store (and runs its migrations) when the server starts, from instrumentation.ts, and says in the
 * log whether that worked: a storage mistake (DATA_DIR not writable, DATABASE_URL unreachable) shows at
 * start, not at the first reader's signup. Never throws: pages do not need the store, and every form request
 * (and health check) tries to open it again (getStore), answering 503 with "nothing was stored" meanwhile; the
 * first that opens it logs "ready" and runs the checks, which had never run when the database came up after
 * the site (an orchestrator starting both at once), leaving "did not open" as the log's last word.
 */
export async function openStoreAtStart(): Promise<void> {
  const where = describeStore();
  const leftBehind = sqliteLeftBehind();
  if (leftBehind) console.warn(leftBehind);
  const notOpen = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      [
        `⚠ Form storage did not open: ${where}: ${reason}`,
        "  Pages work; newsletter signups and consultation requests answer 503 (nothing stored) until it opens.",
        `  ${storeHint(error) ?? (process.env.DATABASE_URL ? "Check DATABASE_URL and that PostgreSQL is running." : "Check DATA_DIR (a folder this server can write).")}`,
      ].join("\n"),
    );
  };
  let store: Store;
  try {
    store = await getStore();
  } catch (error) {
    startState().failedAt = Date.now();
    return notOpen(error);
  }
  // Opened, but a full disk or a read-only database fails every form: said the same way.
  await checkWritable(store).then(() => announceOpen(store), notOpen);
}

/**
 * The warning for a guide.db in DATA_DIR that a server on PostgreSQL no longer reads, or undefined. Switching to
 * DATABASE_URL started an empty list without a word: the old signups were not on it, the signing secret
 * (so every link in mails already sent) was not carried over, and the file kept readers' data that no purge or
 * deletion request reached any more.
 */
export function sqliteLeftBehind(env: Record<string, string | undefined> = process.env): string | undefined {
  const file = sqliteFile(env);
  if (!env.DATABASE_URL || !existsSync(file)) return undefined;
  const records = countRecords(file);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const held = records ? ` (${count(records.subscribers, "signup")}, ${count(records.consultations, "consultation request")})` : "";
  // With no reader in it, nothing needs copying: no mailed link (all are a reader's) depends on its secret.
  if (records && records.subscribers + records.consultations === 0) return `⚠ DATABASE_URL is set, so ${file} is not read; it holds no signups or consultation requests: delete it.`;
  return `⚠ DATABASE_URL is set, so ${file}${held} is not read: its signups are not on the list, links in mails it sent fail, and nothing in it is purged or deleted on request. Copy it to PostgreSQL (README, Storage, "Moving from SQLite to PostgreSQL"), then delete it.`;
}

/**
 * What the operator should do about a storage error, by its code (at start, and when a form fails on it):
 * the generic advice misled for a damaged file, a missing right or a full disk. Undefined for other errors.
 */
export function storeHint(error: unknown): string | undefined {
  const code = String((error as { code?: unknown } | undefined)?.code);
  if (code === "SQLITE_FULL" || code === "ENOSPC") return "The disk holding DATA_DIR is full: free space there; forms fail until then.";
  if (code.startsWith("SQLITE_BUSY")) return "Another process held guide.db's write lock for 5 s (a second server on this DATA_DIR, or a sqlite3 session left open): SQLite is for one server; use PostgreSQL (DATABASE_URL) for several.";
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) {
    return `${sqliteFile()} is damaged or not an SQLite database: stop the server, move it (with any guide.db-wal) aside and restore your last backup; without one, the server starts an empty database.`;
  }
  if (code === "55P03") return "Another PostgreSQL session held a lock for 5 s, or 10 s while the site brought its tables up to date (a transaction left open in psql, a pg_dump, a VACUUM FULL): find it in pg_stat_activity (SELECT pid, usename, state, xact_start FROM pg_stat_activity ORDER BY xact_start) and end it; until then forms fail, and each tries again.";
  if (code === "42501") {
    return "The database user may not create or use the site's tables: grant it CREATE on the schema (GRANT CREATE ON SCHEMA public TO …), or start once as the database's owner and then grant this user the tables (GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO …).";
  }
  if (code.startsWith("SQLITE_READONLY")) return `${sqliteFile()} cannot be written by this server's user: give that user write access to it and to DATA_DIR (a restored backup may belong to another user).`;
  if (code === "25006") return "PostgreSQL accepts no writes here (a standby, or default_transaction_read_only): point DATABASE_URL at the primary.";
  if (code === "53100") return "PostgreSQL's disk is full: free space on the database server; forms fail until then.";
  if (code === "53300") return "PostgreSQL has no connection left for this user: raise its connection limit, or lower DATABASE_POOL_SIZE (per instance).";
  return undefined;
}
