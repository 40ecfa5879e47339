import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { SqlEngine, Statement } from "./engine";
import { migrationPlan, migrationsTable, recordMigration } from "./migrations";

/** How long a statement waits, in all, while another process holds the write lock. */
const busyLimitMs = 5_000;

const isBusy = (error: unknown) => error instanceof Error && String((error as { code?: unknown }).code).startsWith("SQLITE_BUSY");

/**
 * Runs `work` (one statement, or one transaction, which SQLite undoes whole when it fails); while another
 * process holds the write lock (a second server on this DATA_DIR, an operator's sqlite3 session), tries again
 * every 20 ms for up to 5 s, then fails (the form answers 503, nothing stored). better-sqlite3 is synchronous:
 * SQLite's own busy_timeout waited inside the call, which froze the whole server, pages included, for up to
 * 5 s per waiting form.
 */
async function whenUnlocked<T>(work: () => T): Promise<T> {
  const deadline = Date.now() + busyLimitMs;
  for (;;) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * SQLite engine (better-sqlite3): one connection per process, WAL so pages read while a form writes, and
 * `synchronous = FULL` so that a committed write survives a crash or power loss before we acknowledge it.
 * better-sqlite3 is synchronous; each call below is one statement or one transaction, so requests handled
 * concurrently by the same process can never interleave inside a transaction.
 */
export function openSqlite(file: string): SqlEngine {
  // Readers' data and the signing secret (settings) are for the server's own user: with the usual umask (022)
  // the folder and guide.db were readable by every account on the machine. Only what is created here is set;
  // SQLite gives the -wal and -shm files the database's own permissions.
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(fs.openSync(file, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const db = new Database(file);
  try {
    db.pragma("busy_timeout = 5000"); // only while opening, before any page is served
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    // Deleted rows are overwritten, not left readable in free pages: "delete all my data" must leave no copy in
    // guide.db (or in a backup of DATA_DIR).
    db.pragma("secure_delete = ON");
    db.pragma("busy_timeout = 0"); // from here on, whenUnlocked waits without blocking the server
  } catch (error) {
    db.close(); // a file that is not a database: each form request tries again, and must not keep a handle each
    throw error;
  }

  /** An erase whose checkpoint a reader blocked: done at the next chance. */
  let eraseLeft = false;

  const params = (values: readonly unknown[] = []) => values.map((v) => (typeof v === "boolean" ? Number(v) : v));

  return {
    kind: "sqlite",
    async all<T>(sql: string, values?: readonly unknown[]) {
      return whenUnlocked(() => {
        const statement = db.prepare(sql);
        return (statement.reader ? statement.all(...params(values)) : (statement.run(...params(values)), [])) as T[];
      });
    },
    async run(sql, values) {
      return whenUnlocked(() => db.prepare(sql).run(...params(values)).changes);
    },
    async erased(deleted: boolean) {
      if (!deleted && !eraseLeft) return;
      // The log still holds the pages as they were before the delete: write them back and empty it. A reader
      // in another process (an export, a backup) can hold the log: wait for it at most 100 ms (this call
      // blocks the server), and finish at the next erase or the hourly purge instead.
      db.pragma("busy_timeout = 100");
      try {
        const [result] = db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
        eraseLeft = result?.busy !== 0;
      } finally {
        db.pragma("busy_timeout = 0");
      }
    },
    async batch(statements: readonly Statement[]) {
      return whenUnlocked(() => db.transaction(() => statements.map((s) => db.prepare(s.sql).run(...params(s.params)).changes)).immediate());
    },
    async migrate(target = Number.POSITIVE_INFINITY) {
      // BEGIN IMMEDIATE takes the write lock first, so two processes cannot both apply the same step.
      return whenUnlocked(() =>
        db
          .transaction(() => {
            db.exec(migrationsTable);
            const done = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version));
            const plan = migrationPlan(done, target);
            for (const migration of plan.steps) {
              for (const sql of migration.statements) db.exec(sql);
              db.prepare(recordMigration).run(migration.version, migration.name, Date.now());
            }
            return plan.version;
          })
          .immediate(),
      );
    },
    async close() {
      db.close();
    },
  };
}

/**
 * How many signups and requests an SQLite file holds, read without writing to it; undefined when it cannot be
 * read (a damaged file, another version's tables). For the warning about a guide.db left behind (index.ts).
 */
export function countRecords(file: string): { subscribers: number; consultations: number } | undefined {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const count = (table: string) => Number((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);
      return { subscribers: count("subscribers"), consultations: count("consultations") };
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}
