/**
 * The schema, as one ordered list of migrations used by BOTH engines (SQLite and PostgreSQL). The SQL sticks
 * to what both understand (TEXT, BIGINT, INTEGER, CHECK, UNIQUE, ALTER TABLE ADD COLUMN).
 *
 * IMPORTANT: never edit a migration that has shipped; append a new one. Databases in the field are at any
 * earlier version and are brought forward by running the missing steps, in order, on start.
 */
export interface Migration {
  version: number;
  name: string;
  /** Statements, run in order inside one transaction together with the version bookkeeping. */
  statements: readonly string[];
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "newsletter subscribers and consultation requests",
    statements: [
      `CREATE TABLE subscribers (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed')),
        consent_text TEXT NOT NULL,
        consent_at BIGINT NOT NULL,
        created_at BIGINT NOT NULL,
        confirmed_at BIGINT
      )`,
      `CREATE TABLE consultations (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        company TEXT NOT NULL,
        role TEXT NOT NULL,
        team_size TEXT NOT NULL,
        timeline TEXT NOT NULL,
        message TEXT NOT NULL,
        consent_text TEXT NOT NULL,
        consent_at BIGINT NOT NULL,
        created_at BIGINT NOT NULL
      )`,
      `CREATE INDEX consultations_email ON consultations (email)`,
      `CREATE INDEX consultations_created ON consultations (created_at)`,
    ],
  },
  {
    version: 2,
    name: "rate limits, shared settings, resend throttle",
    statements: [
      `CREATE TABLE rate_limits (
        key_hash TEXT NOT NULL,
        window_start BIGINT NOT NULL,
        hits INTEGER NOT NULL,
        PRIMARY KEY (key_hash, window_start)
      )`,
      `CREATE INDEX rate_limits_window ON rate_limits (window_start)`,
      `CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      // Signups made under v1 had their confirmation mail sent when they were created.
      `ALTER TABLE subscribers ADD COLUMN last_mail_at BIGINT`,
      `UPDATE subscribers SET last_mail_at = created_at WHERE status = 'pending'`,
    ],
  },
  {
    version: 3,
    name: "newsletter issues sent: one row per issue and subscriber, deleted with the subscriber",
    statements: [
      `CREATE TABLE newsletter_sends (
        issue TEXT NOT NULL,
        email TEXT NOT NULL,
        sent_at BIGINT NOT NULL,
        PRIMARY KEY (issue, email)
      )`,
    ],
  },
];

/** The version a fully migrated database is at. */
export const latestVersion: number = migrations.at(-1)!.version;

/**
 * What a database whose applied versions are `done` still needs, to reach `target`: the steps, in order, and the
 * version it is at afterwards (the last step's, or the highest applied when none is left). Each engine runs the
 * steps inside its own lock and records each one with `recordMigration`.
 */
export function migrationPlan(done: ReadonlySet<number>, target = Number.POSITIVE_INFINITY): { steps: readonly Migration[]; version: number } {
  const steps = migrations.filter((migration) => migration.version <= target && !done.has(migration.version));
  return { steps, version: steps.at(-1)?.version ?? Math.max(0, ...done) };
}

/** Records one applied step (`?` placeholders: version, name, applied_at). */
export const recordMigration = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)";

/** Bookkeeping table, created by each engine before it runs the list. */
export const migrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;
