import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import pgDriver from "pg";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { describeStore, getStore, openStore, openStoreAtStart, storeHint } from "@/lib/store";
import { latestVersion } from "@/lib/store/migrations";
import { openPostgres } from "@/lib/store/postgres";
import { freshPostgresDatabase } from "../support/postgres";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("opening the form store", () => {
  it("names where the store lives for the log, without the database password", () => {
    expect(describeStore({ DATA_DIR: "/srv/guide" })).toBe(`SQLite at ${path.join("/srv/guide", "guide.db")}`);
    const pg = describeStore({ DATABASE_URL: "postgres://guide:s3cret-pass@db.internal:5432/guide" });
    expect(pg).toBe("PostgreSQL at db.internal:5432/guide");
    expect(pg).not.toContain("s3cret");
    expect(describeStore({ DATABASE_URL: "not a url s3cret" })).not.toContain("s3cret");
  });

  it("refuses a DATABASE_URL that cannot be right before connecting anywhere, and never repeats it", async () => {
    for (const [url, says] of [
      ["postgres:/guide:s3cret@127.0.0.1:5432/guide", "names no host"], // one slash: the driver tried localhost
      ["postgres://guide:hunter@db.internal#s3cret@db.internal:5432/guide", 'has a "#"'], // an unescaped # in the password
      ["postgres://guide:hun#ter@db.internal:5432/guide", "is not a URL"],
      ["127.0.0.1:5432", "is not a URL"],
      ["mysql://guide:s3cret@db.internal:3306/guide", "must start with postgres://"],
      ["postgres://guide:12/s3cret@db.internal/guide", 'has an "@" after the host'], // an unescaped / in the password
    ]) {
      const error = await openStore({ DATABASE_URL: url }).then(() => undefined, (e: Error) => e);
      expect(error?.message, url).toContain(says);
      expect(error?.message, url).toContain("%-encoded");
      expect(error?.message, url).not.toMatch(/s3cret|hun/);
      expect(describeStore({ DATABASE_URL: url }), url).toBe("PostgreSQL");
    }
  });

  it("SQLite: 'delete all my data' leaves no readable copy in guide.db or its write-ahead log", async () => {
    const dir = tempDir("guide-erase-");
    const store = await openStore({ DATA_DIR: dir });
    const secret = "Private: the Babbage team is about to be reorganised";
    await store.addConsultation({ name: "Ada Lovelace", email: "ada@example.com", company: "Analytical Engines", role: "both", teamSize: "1-10", timeline: "now", message: secret, consentText: "ok", consentAt: 1, now: 1 });
    await store.addSubscriber({ email: "ada@example.com", consentText: "ok", now: 1 });
    const bytes = () => ["guide.db", "guide.db-wal"].map((name) => path.join(dir, name)).filter(existsSync).map((file) => readFileSync(file).toString("latin1")).join("");
    expect(bytes()).toContain(secret); // it was written
    await store.deleteAllFor("ada@example.com");
    expect(bytes()).not.toContain(secret);
    expect(bytes()).not.toContain("ada@example.com");
    await store.close();
  });

  it("at start, warns when a newer version of the site has migrated the database (a rollback)", async () => {
    const dir = tempDir("guide-newer-");
    const first = await openStore({ DATA_DIR: dir });
    await first.close();
    const db = new Database(path.join(dir, "guide.db"));
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', 0)").run();
    db.close();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("ai-hiring-guide.store")];
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATA_DIR", dir);
    vi.spyOn(console, "log").mockImplementation(() => {});
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    await openStoreAtStart();
    expect(warnings.mock.calls.join("\n")).toContain("schema version 99 by a newer version of the site");
    await (await getStore()).close();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("ai-hiring-guide.store")];
  });

  it("at start, warns when FORM_SECRET is set over the secret the site generated and mailed links with; not before one was", async () => {
    const dir = tempDir("guide-secret-");
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATA_DIR", dir);
    vi.stubEnv("FORM_SECRET", "a-long-random-secret-chosen-by-the-operator-000");
    vi.spyOn(console, "log").mockImplementation(() => {});
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    const start = async () => {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("ai-hiring-guide.store")];
      warnings.mockClear();
      await openStoreAtStart();
      return warnings.mock.calls.join("\n");
    };
    try {
      expect(await start()).not.toContain("FORM_SECRET is set");
      // The site ran without FORM_SECRET once (lib/forms/keys.ts generates and keeps one), then the operator set it.
      await (await getStore()).ensureSetting("form_secret", "generated-before");
      await (await getStore()).close();
      expect(await start()).toContain("FORM_SECRET is set, but the database holds the secret this site generated");
      // The warning's own advice: FORM_SECRET set to the stored secret. Nothing is wrong any more, so nothing is said.
      vi.stubEnv("FORM_SECRET", "generated-before");
      expect(await start()).not.toContain("FORM_SECRET is set");
    } finally {
      await (await getStore()).close();
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("ai-hiring-guide.store")];
    }
  });

  it("names a database with a stray % as written: the name had thrown at start, and no hourly purge was scheduled", () => {
    expect(describeStore({ DATABASE_URL: "postgres://guide:50%off@db.internal/g%zz" })).toBe("PostgreSQL at db.internal/g%zz");
  });

  it("accepts the connection strings PostgreSQL itself accepts: a Unix socket, no database name", () => {
    expect(describeStore({ DATABASE_URL: "postgres:///guide?host=/var/run/postgresql" })).toBe("PostgreSQL at /var/run/postgresql/guide");
    expect(describeStore({ DATABASE_URL: "postgresql://guide:s3cret@db.internal" })).toBe("PostgreSQL at db.internal/");
  });

  it("takes an empty DATA_DIR as unset: data/ in the project, not the project root", () => {
    expect(describeStore({ DATA_DIR: "" })).toBe(`SQLite at ${path.join(process.cwd(), "data", "guide.db")}`);
    expect(describeStore({ DATA_DIR: " " })).toBe(`SQLite at ${path.join(process.cwd(), "data", "guide.db")}`);
  });

  it("read-only (the CSV export): says why PostgreSQL cannot be read, and 'no tables of this site' only when there are none", async () => {
    const port = await closedPort();
    await expect(openStore({ DATABASE_URL: `postgres://guide:pw@127.0.0.1:${port}/guide` }, { readOnly: true })).rejects.toMatchObject({ code: "ECONNREFUSED" }); // was "holds no tables of this site"
    const empty = new URL(await freshPostgresDatabase("export"));
    const missing = new URL(empty);
    missing.pathname = "/no_such_database";
    await expect(openStore({ DATABASE_URL: missing.toString() }, { readOnly: true })).rejects.toMatchObject({ code: "3D000" });
    await expect(openStore({ DATABASE_URL: empty.toString() }, { readOnly: true })).rejects.toThrow("holds no tables of this site");
    const dir = tempDir("guide-export-empty-");
    new Database(path.join(dir, "guide.db")).close();
    await expect(openStore({ DATA_DIR: dir }, { readOnly: true })).rejects.toThrow("holds no tables of this site");
  });

  it("fails with the system's reason when DATA_DIR cannot hold a folder, and when PostgreSQL does not answer", async () => {
    const file = path.join(tempDir("guide-store-open-"), "a-file");
    writeFileSync(file, "");
    await expect(openStore({ DATA_DIR: path.join(file, "data") })).rejects.toMatchObject({ code: "ENOTDIR" });
    const port = await closedPort();
    await expect(openStore({ DATABASE_URL: `postgres://guide:pw@127.0.0.1:${port}/guide` })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("at start, says in the log whether signups can be stored, and never throws", async () => {
    const file = path.join(tempDir("guide-store-start-"), "a-file");
    writeFileSync(file, "");
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATA_DIR", path.join(file, "data"));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(openStoreAtStart()).resolves.toBeUndefined();
    expect(errors.mock.calls.join("\n")).toMatch(/Form storage did not open: SQLite at .*a-file.*ENOTDIR[\s\S]*answer 503/);

    const dir = tempDir("guide-store-ok-");
    vi.stubEnv("DATA_DIR", dir);
    const logs = vi.spyOn(console, "log").mockImplementation(() => {});
    await openStoreAtStart();
    expect(logs.mock.calls.join("\n")).toContain(`Form storage ready: SQLite at ${path.join(dir, "guide.db")}`);
    await (await getStore()).close();
  });

  it("PostgreSQL: a form waiting for a lock another session holds gives up after 5 s with nothing stored, as on SQLite; migrating waits for another instance, and gives up on a transaction left open", async () => {
    const url = await freshPostgresDatabase("locks");
    const store = await openStore({ DATABASE_URL: url });
    const other = new pgDriver.Client({ connectionString: url });
    await other.connect();
    try {
      // An operator's psql session with a transaction left open on the table.
      await other.query("BEGIN");
      await other.query("LOCK TABLE consultations IN ACCESS EXCLUSIVE MODE");
      const started = Date.now();
      const insert = store.addConsultation({ name: "Ada", email: "ada@example.com", company: "Engines", role: "both", teamSize: "1-10", timeline: "now", message: "Hello", consentText: "ok", consentAt: 1, now: 1 });
      const outcome = await Promise.race([insert.then(() => "stored", (error: unknown) => error), new Promise((resolve) => setTimeout(resolve, 10_000, "still waiting"))]);
      expect(outcome).toMatchObject({ code: "55P03" }); // was "still waiting", and stored once the lock went
      expect(Date.now() - started).toBeLessThan(8_000);
      expect(storeHint(outcome)).toContain("held a lock for 5 s");
      await other.query("COMMIT");
      expect(await store.listConsultations(10)).toEqual([]);

      // Another instance migrating holds the migration lock for longer than 5 s: this one waits for it.
      await other.query("SELECT pg_advisory_lock(7290021)");
      const opening = openStore({ DATABASE_URL: url });
      await new Promise((resolve) => setTimeout(resolve, 5_500));
      await other.query("SELECT pg_advisory_unlock(7290021)");
      await (await opening).close();

      // But not without end: a transaction left open on a table a migration must change (v2 alters subscribers)
      // had held the start, every form and a stop until it ended. The wait is shortened here from its 10 s.
      const older = await freshPostgresDatabase("migrationlock");
      const engine = openPostgres(older, { migrationLockWaitMs: 1_000 });
      await engine.migrate(1);
      const holder = new pgDriver.Client({ connectionString: older });
      await holder.connect();
      await holder.query("BEGIN");
      await holder.query("SELECT count(*) FROM subscribers");
      const waited = Date.now();
      const migrating = await engine.migrate().then(() => "migrated", (error: unknown) => error);
      expect(migrating).toMatchObject({ code: "55P03" });
      expect(Date.now() - waited).toBeLessThan(4_000);
      expect(storeHint(migrating)).toContain("while the site brought its tables up to date");
      await holder.query("COMMIT");
      await holder.end();
      expect(await engine.migrate()).toBe(latestVersion); // undone, then done on the next try
      await engine.close();
    } finally {
      await other.end();
      await store.close();
    }
  }, 30_000);

  it("at start on PostgreSQL, warns when DATA_DIR still holds the SQLite store it no longer reads (its signups and secret were left behind)", async () => {
    const dir = tempDir("guide-left-behind-");
    const sqlite = await openStore({ DATA_DIR: dir });
    await sqlite.addSubscriber({ email: "ada@example.com", consentText: "ok", now: 1 });
    await sqlite.close();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("ai-hiring-guide.store")];
    vi.stubEnv("DATA_DIR", dir);
    vi.stubEnv("DATABASE_URL", await freshPostgresDatabase("left"));
    vi.spyOn(console, "log").mockImplementation(() => {});
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    await openStoreAtStart();
    expect(warnings.mock.calls.join("\n")).toContain(`DATABASE_URL is set, so ${path.join(dir, "guide.db")} (1 signup, 0 consultation requests) is not read`);
    expect(warnings.mock.calls.join("\n")).not.toContain("ada@example.com");
    await (await getStore()).close();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("ai-hiring-guide.store")];
  });
});
