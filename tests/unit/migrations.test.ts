import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import type { SqlEngine } from "@/lib/store/engine";
import { latestVersion, migrations } from "@/lib/store/migrations";
import { openPostgres } from "@/lib/store/postgres";
import { sqlStore } from "@/lib/store/sql-store";
import { openSqlite } from "@/lib/store/sqlite";
import { freshPostgresDatabase } from "../support/postgres";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);

/** Both engines, each on a brand-new empty database. */
const engines: { name: string; open: () => Promise<{ engine: () => SqlEngine; columns: (table: string) => Promise<string[]> }> }[] = [
  {
    name: "SQLite",
    open: async () => {
      const file = path.join(tempDir("guide-migrate-"), "guide.db");
      return {
        engine: () => openSqlite(file),
        columns: async (table) => {
          const db = new Database(file, { readonly: true });
          try {
            return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
          } finally {
            db.close();
          }
        },
      };
    },
  },
  {
    name: "PostgreSQL",
    open: async () => {
      const url = await freshPostgresDatabase("migrate");
      return {
        engine: () => openPostgres(url),
        columns: async (table) => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            const { rows } = await client.query("SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position", [table]);
            return rows.map((r) => r.column_name as string);
          } finally {
            await client.end();
          }
        },
      };
    },
  },
];

test("the migration list is ordered 1, 2, … with at least two steps", () => {
  expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  expect(latestVersion).toBeGreaterThanOrEqual(2);
});

describe.each(engines)("migrations: $name", ({ open }) => {
  test("an empty database is brought to the latest version, and a second run changes nothing", async () => {
    const db = await open();
    const engine = db.engine();
    expect(await engine.migrate()).toBe(latestVersion);
    expect(await engine.migrate()).toBe(latestVersion);
    expect(await db.columns("subscribers")).toContain("last_mail_at");
    expect(await db.columns("rate_limits")).toEqual(["key_hash", "window_start", "hits"]);
    expect(await engine.all("SELECT version FROM schema_migrations ORDER BY version")).toEqual(migrations.map((m) => ({ version: m.version })));
    await engine.close();
  });

  test("a database from the previous version (v1, with data) is upgraded on start and keeps its rows", async () => {
    const db = await open();
    const v1 = db.engine();
    expect(await v1.migrate(1)).toBe(1);
    expect(await db.columns("subscribers")).not.toContain("last_mail_at");
    // Rows written by the v1 schema, as the previous release wrote them.
    await v1.run("INSERT INTO subscribers (id, email, status, consent_text, consent_at, created_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", ["s1", "old@example.com", "pending", "old wording", 111, 111, null]);
    await v1.run("INSERT INTO subscribers (id, email, status, consent_text, consent_at, created_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", ["s2", "done@example.com", "confirmed", "old wording", 5, 5, 6]);
    await v1.close();

    // The next start: migrations run before anything else.
    const engine = db.engine();
    expect(await engine.migrate()).toBe(latestVersion);
    const store = sqlStore(engine);
    expect(await store.getSubscriber("old@example.com")).toMatchObject({ status: "pending", consentText: "old wording", lastMailAt: 111 });
    expect(await store.getSubscriber("done@example.com")).toMatchObject({ status: "confirmed", confirmedAt: 6, lastMailAt: null });
    // And the v2 features work on the upgraded database.
    expect(await store.hitRateLimit("k", 0)).toBe(1);
    expect(await store.claimSignupMail("old@example.com", 111 + 60_000, 300_000)).toBe(false);
    await store.close();
  });

  test("several instances starting at once apply each step exactly once", async () => {
    const db = await open();
    const instances = [db.engine(), db.engine(), db.engine()];
    expect(await Promise.all(instances.map((e) => e.migrate()))).toEqual([latestVersion, latestVersion, latestVersion]);
    expect(await instances[0].all("SELECT COUNT(*) AS n FROM schema_migrations")).toEqual([{ n: latestVersion }]);
    await Promise.all(instances.map((e) => e.close()));
  });
});
