import "server-only";
import { errorKind } from "@/lib/error-kind";
import { perProcess } from "@/lib/per-process";
import { getStore } from "@/lib/store";
import { getFormKeys, keyedHash } from "./keys";
import { retention } from "./retention";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Submissions allowed per client address per hour. Env `FORM_RATE_LIMIT`; default 10. */
export function rateLimitPerHour(value = process.env.FORM_RATE_LIMIT): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

/** Start of the fixed one-hour window that `now` falls in. */
export function windowStart(now: number): number {
  return Math.floor(now / HOUR) * HOUR;
}

/** When this process last deleted expired rows. */
const purged = perProcess<{ at: number }>("last-purge", { keepInDev: true });

/**
 * Counts one submission from `address` under `scope` ("forms", "admin") and says whether it is within the
 * limit. Only a keyed hash of address and scope is stored, and only for the current window: older windows
 * are deleted (together with expired signups and requests) at most once a minute per process. The count
 * lives in the database, so the limit holds across instances.
 */
export async function allowSubmission(address: string, scope: string, now = Date.now()): Promise<boolean> {
  if ((purged.at ?? 0) < now - 60_000) await purgeExpired(now);
  return (await hit(scope, address, now)) <= rateLimitPerHour();
}

/** The key a count is kept under: a keyed hash of what is counted and for whom, never the value itself. */
async function countKey(scope: string, who: string): Promise<string> {
  return keyedHash((await getFormKeys()).address, `${scope}|${who}`);
}

/** Counts one more under `scope` for `who` in the current hour; the count so far. */
async function hit(scope: string, who: string, now: number): Promise<number> {
  return (await getStore()).hitRateLimit(await countKey(scope, who), windowStart(now));
}

/**
 * Deletes what the privacy notice says is kept no longer: unconfirmed signups after their days, consultation
 * requests after their years, and past hours' rate-limit counts.
 */
export async function purgeExpired(now = Date.now()): Promise<void> {
  purged.at = now;
  await (await getStore()).purge({
    windowStart: windowStart(now),
    pendingBefore: now - retention.pendingSignupDays * DAY,
    consultationsBefore: now - retention.consultationDays * DAY,
  });
}

/**
 * Runs the purge when the server starts and every hour after, from instrumentation.ts. It used to run only
 * when someone sent a form, so on a quiet site expired signups and requests stayed, listed in /admin and in
 * exports, past the periods the privacy notice promises.
 */
export function keepRetentionPeriods(): void {
  const run = () => purgeExpired().catch((error) => console.error(`expired form data not deleted yet (tried again within the hour): ${errorKind(error)}`));
  void run();
  setInterval(run, HOUR).unref();
}

/** Mails the forms may send to one reader's address in an hour, whoever asks for them (per kind, below). */
const mailsPerAddressHour = 5;

/**
 * The counts kept apart. Deletion links have their own: their page never changes, so their count cannot be
 * read from outside, and requests for an address nobody holds (which send nothing) cannot use up the mails
 * the address's owner asks for by signing up or writing to us.
 */
export type MailKind = "signup-or-receipt" | "deletion-link";
const mailKinds: readonly MailKind[] = ["signup-or-receipt", "deletion-link"];

/**
 * The mailbox an address reaches, for counting only: "ada+1@x" and "ada+2@x" are one inbox (plus-addressing),
 * and Gmail ignores dots in the local part. Without this, tags got round the cap.
 */
export function mailbox(email: string): string {
  const at = email.lastIndexOf("@");
  const domain = email.slice(at + 1).toLowerCase();
  let local = email.slice(0, at).toLowerCase().replace(/\+.*$/, "");
  if (domain === "gmail.com" || domain === "googlemail.com") local = local.replaceAll(".", "");
  return `${local}@${domain === "googlemail.com" ? "gmail.com" : domain}`;
}

/**
 * Counts one mail of `kind` to a reader's `email` and says whether it may go. Signup links, consultation
 * receipts and deletion links go to an address nobody has proved is the sender's: without a cap per
 * recipient, anyone could fill a stranger's inbox from our address (the client limit alone allows 10 an
 * hour per connection, and connections are cheap). Stored like the client limit: a keyed hash, for the
 * current hour only.
 */
export async function allowMailTo(email: string, kind: MailKind, now = Date.now()): Promise<boolean> {
  return (await hit(`mail-to|${kind}`, mailbox(email), now)) <= mailsPerAddressHour;
}

/** Drops an address's mail counts, when its owner deletes their data (the count would say it was here). */
export async function forgetMailCounts(email: string): Promise<void> {
  const store = await getStore();
  for (const kind of mailKinds) await store.forgetRateLimit(await countKey(`mail-to|${kind}`, mailbox(email)));
}
