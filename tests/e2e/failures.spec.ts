import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readlinkSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { ownServerPorts } from "../support/e2e-server";
import { freshPostgresDatabase } from "../support/postgres";
import { awayFromHourBoundary, execute, postForm, query, startServer, tempDataDir, uniqueEmail, validRequest, type Server } from "./forms-helpers";

/**
 * What breaks underneath a running server: the database failing between two steps of one form, another
 * process holding SQLite's write lock, a damaged guide.db, a PostgreSQL user without CREATE, a full outbox.
 * Servers on this port and the next four; the SMTP receiver on + 5.
 */
const port = ownServerPorts.failures;

/** The text of the page a form's 303 leads to. */
async function resultText(server: Server, response: Response): Promise<string> {
  expect(response.status).toBe(303);
  return (await fetch(new URL(response.headers.get("location")!, server.origin))).text();
}

/** Rows holding `email` in a table of the SQLite database in `dir`. */
const rowsFor = (dir: string, table: string, email: string) => query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE email = ?`, [email], dir)[0]?.n;

test("a signup saved before the database failed (another process held the lock when the failed mail's slot was given back) says the mail did not go out, not that nothing was stored", async () => {
  test.setTimeout(60_000);
  const dir = tempDataDir("failures-release");
  let reject: ((error: Error) => void) | undefined;
  // Takes each mail, then refuses it when the test says so.
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on("end", () => (reject = callback));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port + 5, "127.0.0.1", resolve));
  const server = await startServer(port, { DATA_DIR: dir, SMTP_URL: `smtp://127.0.0.1:${port + 5}`, FORM_RATE_LIMIT: "100" });
  const lock = () => new Database(`${dir}/guide.db`, { timeout: 5_000 });
  try {
    const email = uniqueEmail("release");
    const answer = postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" });
    await expect.poll(() => reject !== undefined, { message: "the mail server has the mail" }).toBe(true);
    // The signup is saved; now another process takes the write lock, and the mail server refuses the mail.
    const other = lock();
    other.exec("BEGIN IMMEDIATE");
    reject!(Object.assign(new Error("Try again later"), { responseCode: 451 }));
    const response = await answer;
    other.exec("COMMIT");
    other.close();
    expect(response.status).toBe(303); // was 503 "Nothing was stored", with the signup stored
    expect(await resultText(server, response)).toContain("Your signup is saved, but the mail did not go out");
    expect(rowsFor(dir, "subscribers", email)).toBe(1);
    expect(server.stderr()).toContain("signup mail slot not released: SqliteError (SQLITE_BUSY)");
    expect(server.stderr()).not.toContain(email);
  } finally {
    await server.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});

test("a consultation request or a signup saved before its mail count failed gets the saved-but-no-mail page, not 503 'Nothing was stored' (which had the reader send it twice)", async () => {
  test.setTimeout(60_000);
  await awayFromHourBoundary();
  const dir = tempDataDir("failures-count");
  const server = await startServer(port + 1, { DATA_DIR: dir, FORM_RATE_LIMIT: "100" });
  try {
    // One signup first: this client's count for the hour exists (later requests only add to it).
    expect((await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("first"), consent: "yes" })).status).toBe(303);
    // From now on the database refuses every new count (as a full disk or a lost connection would): the
    // mail count that comes after the request is saved fails.
    execute(`CREATE TRIGGER no_new_counts BEFORE INSERT ON rate_limits
      WHEN NOT EXISTS (SELECT 1 FROM rate_limits WHERE key_hash = NEW.key_hash AND window_start = NEW.window_start)
      BEGIN SELECT RAISE(ABORT, 'no room'); END`, [], dir);
    const request = validRequest(uniqueEmail("count"));
    const sent = await postForm(`${server.origin}/api/consultation`, request);
    expect(sent.headers.get("location")).toContain("copy=no");
    expect(await resultText(server, sent)).toContain("We could not send you a receipt just now, but your request is saved");
    expect(rowsFor(dir, "consultations", request.email)).toBe(1);
    // This server has no CONSULT_NOTIFY_TO (and no admin area): its start said that nobody hears of a request, and
    // the log names each one that came, by reference.
    expect(server.stderr()).toContain("⚠ CONSULT_NOTIFY_TO is not set and the admin area is off (no ADMIN_TOKEN)");
    const reference = new URL(sent.headers.get("location")!, server.origin).searchParams.get("ref");
    expect(server.stdout()).toContain(`consultation ${reference} stored; no notice was sent (CONSULT_NOTIFY_TO is not set)`);
    const email = uniqueEmail("count");
    expect(await resultText(server, await postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" }))).toContain("Your signup is saved, but the mail did not go out");
    expect(rowsFor(dir, "subscribers", email)).toBe(1);
    expect(server.stderr()).toContain("its mail count failed: SqliteError (SQLITE_CONSTRAINT_TRIGGER)");
    expect(server.stderr()).not.toContain(request.email);
    // The database is well again: signing up again sends the mail (the slot was given back).
    execute("DROP TRIGGER no_new_counts", [], dir);
    expect(await resultText(server, await postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" }))).toContain("Check your inbox");
  } finally {
    await server.stop();
  }
});

test("while another process holds SQLite's write lock, pages keep serving, forms waiting for it go through once it is released, and past 5 s the log says why", async () => {
  test.setTimeout(60_000);
  const dir = tempDataDir("failures-busy");
  const server = await startServer(port + 2, { DATA_DIR: dir, FORM_RATE_LIMIT: "100" });
  try {
    expect((await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("busy"), consent: "yes" })).status).toBe(303);
    // A second server on this DATA_DIR, or an operator's sqlite3 session, holds the lock for 2.5 s.
    const other = new Database(`${dir}/guide.db`, { timeout: 5_000 });
    other.exec("BEGIN IMMEDIATE");
    const released = new Promise<void>((resolve) => setTimeout(() => (other.exec("COMMIT"), other.close(), resolve()), 2_500));
    const emails = [1, 2, 3].map(() => uniqueEmail("busy"));
    const answers = emails.map((email) => postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" }).then((r) => r.status));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    expect((await fetch(`${server.origin}/vetting`)).status).toBe(200);
    // Each waiting form had frozen the whole server (better-sqlite3 waits inside the call): 2.2 s here.
    expect(performance.now() - started).toBeLessThan(1_000);
    await released;
    expect(await Promise.all(answers)).toEqual([303, 303, 303]);
    for (const email of emails) expect(rowsFor(dir, "subscribers", email)).toBe(1);

    // Held past the 5 s a form waits: nothing is stored, the reader is told so, and the log says what to do
    // (once a minute, however many forms fail on it), not only the error's code.
    const holder = new Database(`${dir}/guide.db`, { timeout: 5_000 });
    holder.exec("BEGIN IMMEDIATE");
    try {
      const late = [1, 2].map(() => uniqueEmail("busy-late"));
      const statuses = await Promise.all(late.map((email) => postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" }).then((r) => r.status)));
      expect(statuses).toEqual([503, 503]);
    } finally {
      holder.exec("COMMIT");
      holder.close();
    }
    expect(server.stderr().match(/form endpoint \/api\/subscribe: SqliteError \(SQLITE_BUSY\)/g)).toHaveLength(2);
    expect(server.stderr().match(/SQLite is for one server; use PostgreSQL \(DATABASE_URL\) for several/g)).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test("a guide.db that is not a database: start-up says to restore a backup, pages serve, forms and health answer 503, and no file handle is kept per try", async () => {
  test.setTimeout(60_000);
  const dir = tempDataDir("failures-notadb");
  writeFileSync(`${dir}/guide.db`, "a text file copied over the database by mistake\n".repeat(100));
  const server = await startServer(port + 3, { DATA_DIR: dir });
  try {
    await expect.poll(() => server.stderr()).toContain("Form storage did not open");
    expect(server.stderr()).toContain(`${dir}/guide.db is damaged or not an SQLite database: stop the server, move it (with any guide.db-wal) aside and restore your last backup`);
    expect(server.stderr()).not.toMatch(/\n\s+at /);
    expect((await fetch(`${server.origin}/vetting`)).status).toBe(200);
    const refused = await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("notadb"), consent: "yes" });
    expect(refused.status).toBe(503);
    expect(await refused.text()).toContain("Nothing was stored");
    for (let i = 0; i < 20; i++) expect((await fetch(`${server.origin}/api/health`)).status).toBe(503);
    const handles = readdirSync(`/proc/${server.process.pid}/fd`).filter((fd) => {
      try {
        return readlinkSync(`/proc/${server.process.pid}/fd/${fd}`).endsWith("guide.db");
      } catch {
        return false;
      }
    });
    expect(handles.length).toBeLessThanOrEqual(1);
  } finally {
    await server.stop();
  }
});

test("PostgreSQL with a user that may not create tables: start-up says which right is missing; forms and health answer 503", async () => {
  test.setTimeout(60_000);
  const databaseUrl = await freshPostgresDatabase("nocreate");
  const role = `weak_${Date.now().toString(36)}`;
  const superuser = new pg.Client({ connectionString: databaseUrl });
  await superuser.connect();
  await superuser.query(`CREATE ROLE ${role} LOGIN`);
  await superuser.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  const url = new URL(databaseUrl);
  url.username = role;
  const server = await startServer(port + 4, { DATABASE_URL: url.toString(), DATA_DIR: tempDataDir("failures-pg") });
  try {
    await expect.poll(() => server.stderr()).toContain("Form storage did not open");
    expect(server.stderr()).toContain("The database user may not create or use the site's tables: grant it CREATE on the schema");
    expect((await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("pg"), consent: "yes" })).status).toBe(503);
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(503);
    expect((await fetch(`${server.origin}/vetting`)).status).toBe(200);
  } finally {
    await server.stop();
    await superuser.query(`DROP ROLE ${role}`).catch(() => undefined);
    await superuser.end();
  }
});

test("a full disk under the outbox: the part of a mail written before it filled is removed (it held the reader's address where deleting their data does not look)", async () => {
  test.setTimeout(60_000);
  const dir = tempDataDir("failures-full");
  const outbox = `${dir}/outbox`;
  mkdirSync(outbox);
  // Two pages of room (root, as npm test runs): the notice with a long message fills them part-way.
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=12k", "tmpfs", outbox]);
  try {
    writeFileSync(`${outbox}/filler`, Buffer.alloc(4096));
    const server = await startServer(port + 1, { DATA_DIR: dir, CONSULT_NOTIFY_TO: "agency@example.com" });
    try {
      const request = { ...validRequest(uniqueEmail("full")), message: "é".repeat(2_000) };
      expect((await postForm(`${server.origin}/api/consultation`, request)).status).toBe(303);
      expect(rowsFor(dir, "consultations", request.email)).toBe(1);
      await expect.poll(() => server.stderr()).toContain("not sent: Error (ENOSPC)");
      expect(readdirSync(outbox).filter((file) => file.endsWith(".tmp"))).toEqual([]);
    } finally {
      await server.stop();
    }
  } finally {
    execFileSync("umount", [outbox]);
  }
});
