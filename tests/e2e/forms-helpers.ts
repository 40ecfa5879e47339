import { spawn, type ChildProcess } from "node:child_process";
import { hkdfSync } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";
import { mailsTo, textBody } from "../support/mail";
import { mainServerEnv } from "../support/e2e-server";
import { seal } from "../../lib/forms/seal";

/** DATA_DIR of the main test server (playwright.config.ts empties it before starting the server). */
export const mainDataDir = path.resolve(mainServerEnv.DATA_DIR);
export const mainOutbox = path.join(mainDataDir, "outbox");
/** ADMIN_TOKEN and CONSULT_NOTIFY_TO of the main test server. */
export const adminToken = mainServerEnv.ADMIN_TOKEN;
export const agencyAddress = mainServerEnv.CONSULT_NOTIFY_TO;
/** FORM_RATE_LIMIT of the main test server. */
export const mainRateLimit = Number(mainServerEnv.FORM_RATE_LIMIT);

let counter = 0;
/**
 * A fresh client address for the main server (TRUST_PROXY=1 there, so X-Forwarded-For picks the rate-limit
 * bucket): each test takes its own, so tests never share a limit.
 */
export function freshAddress(): string {
  counter += 1;
  return `10.${process.pid % 250}.${Math.floor(counter / 250)}.${counter % 250}`;
}

/** A unique address for one test run. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/**
 * Waits out the last 30 seconds of a clock hour: the rate limits count per clock hour, so a test that fills a
 * limit must not straddle the moment the count starts again.
 */
export async function awayFromHourBoundary(): Promise<void> {
  const left = 3_600_000 - (Date.now() % 3_600_000);
  if (left < 30_000) await new Promise((resolve) => setTimeout(resolve, left + 1_000));
}

/** Rows in a table of the main server's database. */
export const count = (table: string) => query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)[0]?.n ?? 0;

/** A consultation request every check accepts, for `email`. */
export const validRequest = (email: string) => ({ name: "Ada", email, company: "Engines", role: "both", teamSize: "1-10", timeline: "now", message: "Hello", consent: "yes" });

/** Changes the main server's database directly (to stand in for time passing). */
export function execute(sql: string, params: unknown[] = [], dir = mainDataDir): void {
  const db = new Database(path.join(dir, "guide.db"), { fileMustExist: true, timeout: 5_000 });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/** Rows of the main server's SQLite database (read-only, WAL-aware). */
export function query<T>(sql: string, params: unknown[] = [], dir = mainDataDir): T[] {
  if (!fs.existsSync(path.join(dir, "guide.db"))) return []; // the server has not needed its database yet
  const db = new Database(path.join(dir, "guide.db"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Waits for a mail to `to` and returns the first link in it to `pathname` (e.g. "/subscribe/confirm"). */
export async function linkFromMail(to: string, pathname: string, outbox = mainOutbox): Promise<string> {
  const find = () =>
    mailsTo(outbox, to)
      .flatMap((raw) => textBody(raw).match(/https?:\/\/[^\s]+/g) ?? [])
      .find((link) => new URL(link).pathname === pathname);
  await expect.poll(find, { message: `a mail to ${to} with a link to ${pathname}` }).toBeTruthy();
  return find()!;
}

/** Same-origin path of an absolute link from a mail (the test server's port may differ from SITE_URL's). */
export function pathOf(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/**
 * The path of the unsubscribe link in a fresh signup's confirmation mail: a real token, for an address on the list
 * (pending). The page every mail links to shows its buttons only for such a link.
 */
export async function unsubscribePath(baseURL: string, tag: string): Promise<string> {
  const email = uniqueEmail(tag);
  expect((await postForm(`${baseURL}/api/subscribe`, { email, consent: "yes" }, { "X-Forwarded-For": freshAddress() })).status).toBe(303);
  return pathOf(await linkFromMail(email, "/unsubscribe"));
}

/**
 * An unsubscribe token for `email` that expired a minute ago, sealed with the main server's key: the secret it
 * generated and keeps in its database, derived as lib/forms/keys.ts does (that module is server-only). A change
 * there makes this token "not valid" rather than "expired", and the test that uses it fails.
 */
export function expiredUnsubscribeToken(email: string): string {
  const [{ value }] = query<{ value: string }>("SELECT value FROM settings WHERE name = 'form_secret'");
  const key = Buffer.from(hkdfSync("sha256", value, "ai-hiring-guide", "seal v1", 32));
  return seal(key, "unsubscribe", { e: email }, -60_000);
}

/** Fills and sends the newsletter form with the given id prefix on the current page. */
export async function signUp(page: Page, idPrefix: string, email: string): Promise<void> {
  const form = page.locator(`#${idPrefix}-form`);
  await form.getByLabel("Email address").fill(email);
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Subscribe" }).click();
}

/** A production server (`npm start`) of the build, on its own port and environment, that a test can kill and restart. */
export interface Server {
  port: number;
  origin: string;
  process: ChildProcess;
  /** What the server has written to stderr so far (its warnings). */
  stderr(): string;
  /** What it has written to stdout so far (its "✓ …" lines). */
  stdout(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the production server directly (no npx in between, so a SIGKILL hits the server itself) and waits until it answers. */
export async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "lib/server/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", SMTP_URL: "", TRUST_PROXY: "", ADMIN_TOKEN: "", FORM_RATE_LIMIT: "", ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let [stdout, stderr] = ["", ""];
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited: ${stderr}`);
    const ok = await fetch(`${origin}/robots.txt`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`server on ${port} did not answer`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    port,
    origin,
    process: child,
    stderr: () => stderr,
    stdout: () => stdout,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A temporary DATA_DIR under tests/.tmp (git-ignored), emptied first. */
export function tempDataDir(name: string): string {
  const dir = path.resolve("tests/.tmp", name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** POSTs a URL-encoded form with fetch (no redirects followed); the shape a browser form sends. */
export function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The form with this id, once the enhancement leaf has taken it over (it sets `noValidate`). */
export async function hydratedForm(page: Page, id: string) {
  const form = page.locator(`#${id}`);
  await expect.poll(() => form.evaluate((el) => (el as HTMLFormElement).noValidate)).toBe(true);
  return form;
}
