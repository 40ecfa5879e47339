import { randomBytes, randomUUID } from "node:crypto";
import type { SqlEngine } from "./engine";
import type { Consultation, Store, Subscriber } from "./types";

type Row = Record<string, unknown>;

const subscriberColumns = "id, email, status, consent_text, consent_at, created_at, confirmed_at, last_mail_at";
const consultationColumns =
  "id, reference, name, email, company, role, team_size, timeline, message, consent_text, consent_at, created_at";

function toSubscriber(row: Row): Subscriber {
  return {
    id: String(row.id),
    email: String(row.email),
    status: row.status === "confirmed" ? "confirmed" : "pending",
    consentText: String(row.consent_text),
    consentAt: Number(row.consent_at),
    createdAt: Number(row.created_at),
    confirmedAt: row.confirmed_at == null ? null : Number(row.confirmed_at),
    lastMailAt: row.last_mail_at == null ? null : Number(row.last_mail_at),
  };
}

function toConsultation(row: Row): Consultation {
  return {
    id: String(row.id),
    reference: String(row.reference),
    name: String(row.name),
    email: String(row.email),
    company: String(row.company),
    role: String(row.role),
    teamSize: String(row.team_size),
    timeline: String(row.timeline),
    message: String(row.message),
    consentText: String(row.consent_text),
    consentAt: Number(row.consent_at),
    createdAt: Number(row.created_at),
  };
}

/** Crockford-style alphabet without look-alikes (no I, L, O, U), so a reference read aloud is unambiguous. */
const referenceAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A random reference such as `CR-7K2M9QXD` (40 bits; uniqueness is still enforced by the database). */
export function newReference(): string {
  return `CR-${[...randomBytes(8)].map((b) => referenceAlphabet[b % 32]).join("")}`;
}

/** The one Store implementation, over either engine. Every write is a single atomic statement or a batch. */
export function sqlStore(engine: SqlEngine): Store {
  const one = async (sql: string, params: readonly unknown[]) => (await engine.all<Row>(sql, params))[0];
  return {
    async addSubscriber({ email, consentText, now }) {
      // ON CONFLICT DO NOTHING + RETURNING: exactly one of many simultaneous signups for an address creates it.
      const created = await one(
        `INSERT INTO subscribers (${subscriberColumns}) VALUES (?, ?, 'pending', ?, ?, ?, NULL, ?)
         ON CONFLICT (email) DO NOTHING RETURNING ${subscriberColumns}`,
        [randomUUID(), email, consentText, now, now, now],
      );
      if (created) return { subscriber: toSubscriber(created), created: true };
      const existing = await one(`SELECT ${subscriberColumns} FROM subscribers WHERE email = ?`, [email]);
      // Removed between the two statements (an unsubscribe racing a signup): try once more.
      if (!existing) return this.addSubscriber({ email, consentText, now });
      return { subscriber: toSubscriber(existing), created: false };
    },
    async getSubscriber(email) {
      const row = await one(`SELECT ${subscriberColumns} FROM subscribers WHERE email = ?`, [email]);
      return row ? toSubscriber(row) : undefined;
    },
    async confirmSubscriber(email, now) {
      const changed = await engine.run("UPDATE subscribers SET status = 'confirmed', confirmed_at = ? WHERE email = ? AND status = 'pending'", [now, email]);
      if (changed) return "confirmed";
      return (await this.getSubscriber(email)) ? "already" : "missing";
    },
    async claimSignupMail(email, now, minIntervalMs) {
      const changed = await engine.run(
        `UPDATE subscribers SET last_mail_at = ? WHERE email = ?
         AND (last_mail_at IS NULL OR last_mail_at <= ?)`,
        [now, email, now - minIntervalMs],
      );
      return changed === 1;
    },
    async releaseSignupMail(email, claimedAt) {
      await engine.run("UPDATE subscribers SET last_mail_at = NULL WHERE email = ? AND last_mail_at = ?", [email, claimedAt]);
    },
    async issueRecipients(issue) {
      const rows = await engine.all<Row>(
        `SELECT email FROM subscribers s WHERE status = 'confirmed'
         AND NOT EXISTS (SELECT 1 FROM newsletter_sends n WHERE n.issue = ? AND n.email = s.email) ORDER BY email`,
        [issue],
      );
      return rows.map((row) => String(row.email));
    },
    async claimIssue(email, issue, now) {
      // The WHERE tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to the SELECT's join.
      const changed = await engine.run(
        `INSERT INTO newsletter_sends (issue, email, sent_at) SELECT ?, email, ? FROM subscribers WHERE email = ? AND status = 'confirmed'
         ON CONFLICT (issue, email) DO NOTHING`,
        [issue, now, email],
      );
      return changed === 1;
    },
    async releaseIssue(email, issue) {
      await engine.run("DELETE FROM newsletter_sends WHERE issue = ? AND email = ?", [issue, email]);
    },
    async removeSubscriber(email) {
      // Which issues went to the address goes with the signup: it is theirs, and kept only to send each once.
      const [removed] = await engine.batch([
        { sql: "DELETE FROM subscribers WHERE email = ?", params: [email] },
        { sql: "DELETE FROM newsletter_sends WHERE email = ?", params: [email] },
      ]);
      await engine.erased(removed > 0);
      return removed > 0;
    },
    async deleteAllFor(email) {
      const [subscribers, consultations] = await engine.batch([
        { sql: "DELETE FROM subscribers WHERE email = ?", params: [email] },
        { sql: "DELETE FROM consultations WHERE email = ?", params: [email] },
        { sql: "DELETE FROM newsletter_sends WHERE email = ?", params: [email] },
      ]);
      await engine.erased(subscribers + consultations > 0);
      return { subscribers, consultations };
    },
    async hasDataFor(email) {
      const row = await one(
        "SELECT (SELECT COUNT(*) FROM subscribers WHERE email = ?) + (SELECT COUNT(*) FROM consultations WHERE email = ?) AS n",
        [email, email],
      );
      return Number(row?.n) > 0;
    },
    async addConsultation(input) {
      const row = await one(
        `INSERT INTO consultations (${consultationColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${consultationColumns}`,
        [
          randomUUID(),
          newReference(),
          input.name,
          input.email,
          input.company,
          input.role,
          input.teamSize,
          input.timeline,
          input.message,
          input.consentText,
          input.consentAt,
          input.now,
        ],
      );
      return toConsultation(row!);
    },
    async listConsultations(limit) {
      const rows = await engine.all<Row>(`SELECT ${consultationColumns} FROM consultations ORDER BY created_at DESC, id LIMIT ?`, [limit]);
      return rows.map(toConsultation);
    },
    async listSubscribers() {
      return (await engine.all<Row>(`SELECT ${subscriberColumns} FROM subscribers ORDER BY created_at, id`)).map(toSubscriber);
    },
    async countSubscribers() {
      const rows = await engine.all<{ status: string; n: number }>("SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status");
      const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
      return { pending: count("pending"), confirmed: count("confirmed") };
    },
    async hitRateLimit(keyHash, windowStart) {
      const row = await one(
        `INSERT INTO rate_limits (key_hash, window_start, hits) VALUES (?, ?, 1)
         ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
        [keyHash, windowStart],
      );
      return Number(row?.hits);
    },
    async forgetRateLimit(keyHash) {
      await engine.erased((await engine.run("DELETE FROM rate_limits WHERE key_hash = ?", [keyHash])) > 0);
    },
    async purge({ windowStart, pendingBefore, consultationsBefore }) {
      const deleted = await engine.batch([
        { sql: "DELETE FROM rate_limits WHERE window_start < ?", params: [windowStart] },
        // From the last confirmation mail, not the signup: signing up again mails a link that works for 48 hours,
        // which an unconfirmed signup's 30 days counted from the first signup could cut short.
        { sql: "DELETE FROM subscribers WHERE status = 'pending' AND COALESCE(last_mail_at, created_at) < ?", params: [pendingBefore] },
        { sql: "DELETE FROM consultations WHERE created_at < ?", params: [consultationsBefore] },
      ]);
      await engine.erased(deleted.some((count) => count > 0));
    },
    async ensureSetting(name, value) {
      await engine.run("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", [name, value]);
      return String((await one("SELECT value FROM settings WHERE name = ?", [name]))!.value);
    },
    async hasSetting(name, value) {
      if (value === undefined) return (await one("SELECT 1 AS found FROM settings WHERE name = ?", [name])) !== undefined;
      return (await one("SELECT 1 AS found FROM settings WHERE name = ? AND value = ?", [name, value])) !== undefined;
    },
    async setSetting(name, value) {
      await engine.run("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value", [name, value]);
    },
    async schemaVersion() {
      const row = await one("SELECT MAX(version) AS v FROM schema_migrations", []);
      return Number(row?.v ?? 0);
    },
    close: () => engine.close(),
  };
}
