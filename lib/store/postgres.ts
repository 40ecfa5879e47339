import pg from "pg";
import type { SqlEngine, Statement } from "./engine";
import { migrationPlan, migrationsTable, recordMigration } from "./migrations";

/** Arbitrary constant: the advisory lock every instance takes while migrating. */
const MIGRATION_LOCK = 7_290_021;

/** `?` placeholders (the shared SQL) to PostgreSQL's `$1, $2, …`. The shared SQL has no `?` inside literals. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Connections per instance from `DATABASE_POOL_SIZE`: a whole number from 1 to 100; unset or anything else is 10. */
export function poolSize(value: string | undefined): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(n) && n >= 1 && n <= 100 ? n : 10;
}

/**
 * PostgreSQL engine (node-postgres pool), for several instances sharing one database. BIGINT (ms timestamps,
 * counts) is parsed to a JS number: every value we store fits in 2^53.
 */
export function openPostgres(connectionString: string, { migrationLockWaitMs = 10_000 } = {}): SqlEngine {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize(process.env.DATABASE_POOL_SIZE),
    // An unreachable server (packets dropped) would otherwise hold a form request for the system's TCP
    // timeout (minutes); after this the request answers 503, nothing stored, and the next one tries again.
    connectionTimeoutMillis: 5_000,
    // A statement waiting for a lock another session holds (an operator's open transaction, a VACUUM FULL) gives
    // up after 5 s, as SQLite's busy wait does (sqlite.ts), and PostgreSQL undoes it: the form answers 503,
    // nothing stored. Without it the request waited without end, and a stop cut it off after 5 s while its row
    // was still stored once the lock went: the reader saw an error and got no receipt. Set on each new
    // connection before its first use, rather than as a startup parameter, which PgBouncer refuses.
    onConnect: async (client) => {
      await client.query("SET lock_timeout = 5000");
    },
    types: { getTypeParser: ((oid: number, format?: string) => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as "text"))) as typeof pg.types.getTypeParser },
  });
  // An idle client losing its connection must not crash the process; the next query gets a fresh one.
  pool.on("error", () => {});

  async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    // A connection lost while the client is out of the pool (a restart, a failover) fails the query under way and
    // then emits "error" on the client: the pool listens only to idle clients, and an unheard "error" crashed the
    // process. A client whose rollback fails is broken: release(error) closes it rather than pooling it.
    const ignore = () => {};
    client.on("error", ignore);
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch((rollback: Error) => (broken = rollback));
      throw error;
    } finally {
      client.off("error", ignore);
      client.release(broken);
    }
  }

  /** The migrations already recorded, or undefined when there is no record yet (an empty database). */
  async function recordedVersions(): Promise<Set<number> | undefined> {
    const [table] = (await pool.query<{ found: string | null }>("SELECT to_regclass('schema_migrations')::text AS found")).rows;
    if (!table?.found) return undefined;
    return new Set((await pool.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
  }

  return {
    kind: "postgres",
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(numbered(sql), params as unknown[])).rows as T[];
    },
    async run(sql, params = []) {
      return (await pool.query(numbered(sql), params as unknown[])).rowCount ?? 0;
    },
    async batch(statements: readonly Statement[]) {
      return inTransaction(async (client) => {
        const counts: number[] = [];
        for (const s of statements) counts.push((await client.query(numbered(s.sql), (s.params ?? []) as unknown[])).rowCount ?? 0);
        return counts;
      });
    },
    async migrate(target = Number.POSITIVE_INFINITY) {
      // Nothing to do: no DDL at all, so a user that may only read and write the tables (the owner migrated
      // them) can start. CREATE TABLE IF NOT EXISTS needs the right to create even when the table is there.
      const recorded = await recordedVersions();
      const upToDate = recorded && migrationPlan(recorded, target);
      if (upToDate && upToDate.steps.length === 0) return upToDate.version;
      return inTransaction(async (client) => {
        // Migrating waits for another instance's migration and for requests under way, but not without end: a
        // transaction left open in psql had held the start, every form, the health check and a stop until it ended
        // (and a signup whose reader had given up was then stored). Past the wait PostgreSQL undoes it all, the log
        // says which lock (storeHint, 55P03), and the next form request tries again.
        await client.query(`SET LOCAL lock_timeout = ${Math.round(migrationLockWaitMs)}`);
        await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
        await client.query(migrationsTable);
        const done = new Set((await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
        const plan = migrationPlan(done, target);
        for (const migration of plan.steps) {
          for (const sql of migration.statements) await client.query(sql);
          await client.query(numbered(recordMigration), [migration.version, migration.name, Date.now()]);
        }
        return plan.version;
      });
    },
    async erased(_deleted: boolean) {
      // Dead rows are PostgreSQL's to reclaim (autovacuum); a VACUUM per deletion would be far too costly.
    },
    async close() {
      await pool.end();
    },
  };
}
