/**
 * The little each database engine must provide so that one implementation of the Store (sql-store.ts) runs on
 * both. SQL is written once with `?` placeholders; the PostgreSQL engine numbers them.
 */
export interface Statement {
  sql: string;
  params?: readonly unknown[];
}

export interface SqlEngine {
  readonly kind: "sqlite" | "postgres";
  /** Rows of one statement (SELECT, or a write with RETURNING). */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one statement; resolves to the number of rows it changed, after the commit. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs the statements in one transaction: all or nothing. Resolves to each statement's changed-row count. */
  batch(statements: readonly Statement[]): Promise<number[]>;
  /**
   * Brings the schema up to `target` (default: the latest migration), holding a lock so that several
   * instances starting at once apply each step exactly once. Returns the version reached.
   */
  migrate(target?: number): Promise<number>;
  /**
   * After rows with personal data were deleted: makes sure their bytes are gone from the files too. SQLite
   * overwrites deleted content (secure_delete) and empties its write-ahead log, which still held the old
   * pages; PostgreSQL leaves dead rows to autovacuum (see the README). `deleted`: whether this call's rows were
   * any; without, an engine only finishes an earlier erase it could not complete.
   */
  erased(deleted: boolean): Promise<void>;
  close(): Promise<void>;
}
