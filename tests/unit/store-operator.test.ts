import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, expect, it, vi } from "vitest";
import { checkWritable, getStore, openStore, openStoreAtStart, sqliteLeftBehind, storeHint } from "@/lib/store";
import { latestVersion } from "@/lib/store/migrations";
import { generatedSecret, startWarnings } from "@/lib/store/start-checks";
import { openPostgres } from "@/lib/store/postgres";
import { freshPostgresDatabase } from "../support/postgres";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

// What the operator meets running the store: PostgreSQL roles, a database that takes no writes, a connection
// lost mid-transaction, a guide.db left behind.
afterAll(removeTempDirs);
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("ai-hiring-guide.store")];
});

/** Runs SQL as the test server's superuser on the database at `url`. */
async function asOwner(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

it("PostgreSQL: a user with rights on the tables only starts once the owner has made them, as the hint says", async () => {
  const url = await freshPostgresDatabase("roles");
  await (await openStore({ DATABASE_URL: url })).close(); // the owner's first start makes the tables
  const role = `app_${path.basename(new URL(url).pathname).slice(-12)}`;
  const database = new URL(url).pathname.slice(1);
  await asOwner(url, `CREATE ROLE ${role} LOGIN`, `GRANT CONNECT ON DATABASE ${database} TO ${role}`, `GRANT USAGE ON SCHEMA public TO ${role}`);
  const asApp = new URL(url);
  asApp.username = role;
  asApp.password = "";

  const refused = await openStore({ DATABASE_URL: asApp.toString() }).then(() => undefined, (e: unknown) => e);
  expect(refused).toMatchObject({ code: "42501" });
  expect(storeHint(refused)).toContain("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO");

  await asOwner(url, `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  const store = await openStore({ DATABASE_URL: asApp.toString() }); // was 42501: CREATE TABLE IF NOT EXISTS on every start
  await store.addSubscriber({ email: "ada@example.com", consentText: "ok", now: 1 });
  expect(await store.getSubscriber("ada@example.com")).toMatchObject({ status: "pending" });
  expect(await store.schemaVersion()).toBe(latestVersion);
  await store.close();
  await asOwner(url, `DROP OWNED BY ${role}`, `DROP ROLE ${role}`);
});

it("PostgreSQL: a database that takes no writes is reported at start with what to do, and fails the health check", async () => {
  const url = await freshPostgresDatabase("readonly");
  await (await openStore({ DATABASE_URL: url })).close();
  await asOwner(url, `ALTER DATABASE ${new URL(url).pathname.slice(1)} SET default_transaction_read_only = on`); // as a standby answers
  vi.stubEnv("DATABASE_URL", url);
  const logs = vi.spyOn(console, "log").mockImplementation(() => {});
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  await openStoreAtStart();
  expect(logs.mock.calls.join("\n")).not.toContain("Form storage ready"); // was "ready": reads worked
  expect(errors.mock.calls.join("\n")).toContain("PostgreSQL accepts no writes here");
  const store = await getStore();
  await expect(checkWritable(store)).rejects.toMatchObject({ code: "25006" });
  await store.close();
});

it("SQLite: the health check's write works on a writable file", async () => {
  const store = await openStore({ DATA_DIR: tempDir("guide-writable-") });
  await expect(checkWritable(store, 1234)).resolves.toBeUndefined();
  expect(await store.hasSetting("health_checked_at", "1234")).toBe(true);
  await store.close();
});

it("PostgreSQL: a connection lost in the middle of a transaction fails that write only; the process and the pool go on", async () => {
  const engine = openPostgres(await freshPostgresDatabase("lost"));
  await engine.migrate();
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);
  process.on("uncaughtException", record);
  try {
    // The server ends this very connection, as a restart or a failover does, while the transaction holds it.
    await expect(engine.batch([{ sql: "SELECT pg_terminate_backend(pg_backend_pid())" }])).rejects.toMatchObject({ code: "57P01" }); // admin_shutdown
    await new Promise((resolve) => setTimeout(resolve, 200)); // the client's "error" event follows the failed query
    expect(uncaught).toEqual([]);
    expect(await engine.all("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  } finally {
    process.off("uncaughtException", record);
    await engine.close();
  }
});

it("on PostgreSQL, a guide.db left in DATA_DIR with no reader in it is only to be deleted; one with readers names the README's steps", async () => {
  const dir = tempDir("guide-left-empty-");
  new Database(path.join(dir, "guide.db")).close();
  await (await openStore({ DATA_DIR: dir })).close();
  const env = { DATA_DIR: dir, DATABASE_URL: "postgres://guide@db.internal/guide" };
  expect(sqliteLeftBehind(env)).toBe(`⚠ DATABASE_URL is set, so ${path.join(dir, "guide.db")} is not read; it holds no signups or consultation requests: delete it.`);
  const store = await openStore({ DATA_DIR: dir });
  await store.addSubscriber({ email: "ada@example.com", consentText: "ok", now: 1 });
  await store.close();
  expect(sqliteLeftBehind(env)).toContain('(README, Storage, "Moving from SQLite to PostgreSQL")');
});

it("PostgreSQL that comes up after the site: the first form (or health check) that opens it logs 'ready', with the wait, and runs the start's checks", async () => {
  vi.stubEnv("DATABASE_URL", "postgres://guide@127.0.0.1:9/guide"); // nothing listens: refused
  const logs = vi.spyOn(console, "log").mockImplementation(() => {});
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
  await openStoreAtStart();
  expect(errors.mock.calls.join("\n")).toContain("Form storage did not open");
  // The database is up now, left at a newer schema by a rollback: a warning the start gives.
  const url = await freshPostgresDatabase("late");
  await (await openStore({ DATABASE_URL: url })).close();
  await asOwner(url, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (${latestVersion + 1}, 'from a newer site', 1)`);
  vi.stubEnv("DATABASE_URL", url);
  const store = await getStore();
  await vi.waitFor(() => expect(logs.mock.calls.join("\n")).toMatch(/✓ Form storage ready: PostgreSQL at .+ \(after \d+ s\)/));
  await vi.waitFor(() => expect(warnings.mock.calls.join("\n")).toContain(`schema version ${latestVersion + 1} by a newer version of the site`));
  await store.close();
});

it("a server without FORM_SECRET whose forms were never used makes no secret at start, so setting FORM_SECRET later is not warned about as replacing one", async () => {
  const store = await openStore({ DATA_DIR: tempDir("guide-no-secret-yet-") });
  expect(await startWarnings(store, "")).toEqual([]);
  expect(await store.hasSetting("form_secret")).toBe(false);
  expect(await startWarnings(store, "a secret set before any mail went out")).toEqual([]);
  await store.close();
});

it("a server that signs with another secret than the one started before it on the same database is told so, once per change", async () => {
  const store = await openStore({ DATA_DIR: tempDir("guide-secrets-") });
  const told = async (secret: string) => (await startWarnings(store, secret)).filter((w) => w.includes("another secret than the server that last started"));
  expect(await told("the first secret, set on instance A")).toEqual([]);
  expect(await told("the first secret, set on instance A")).toEqual([]); // A again, or B with the same one
  expect(await told("a second secret, set on instance B")).toHaveLength(1);
  expect(await told("a second secret, set on instance B")).toEqual([]);
  await generatedSecret(store); // made by a first form on a server without FORM_SECRET
  expect(await told("")).toHaveLength(1); // FORM_SECRET unset: the generated secret
  expect(await told("")).toEqual([]);
  // Only a slow fingerprint is kept, never the secret.
  expect(await store.hasSetting("secret_fingerprint", "a second secret, set on instance B")).toBe(false);
  await store.close();
});
