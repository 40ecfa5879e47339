import "server-only";
import { errorKind } from "@/lib/error-kind";
import type { RecipientLinks } from "@/lib/mail/messages";
import { siteOrigin } from "@/lib/site";
import { getFormKeys } from "./keys";
import { seal, unseal, type Opened, type Purpose } from "./seal";

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A duration in whole minutes, hours or days, as pages and mails state it. */
export const inMinutes = (ms: number) => ms / MINUTE;
export const inHours = (ms: number) => ms / HOUR;
export const inDays = (ms: number) => ms / (24 * HOUR);

/** How long each kind of sealed value stays valid. */
export const ttl = {
  /** Confirmation link in the double opt-in mail. */
  confirm: 48 * HOUR,
  /** Unsubscribe / delete links in mails (people unsubscribe from old mails too). */
  unsubscribe: 365 * 24 * HOUR,
  /** The "check your inbox" page and its "send it again" button. */
  signupResult: 24 * HOUR,
  /** The address a consultation request's result page shows. */
  consultationResult: 24 * HOUR,
  /** Typed values brought back to a form after a failed submission. */
  draft: 15 * MINUTE,
  /** The admin's sign-in cookie (checked on the server, whatever the browser keeps). */
  adminSession: 8 * HOUR,
} as const;

/** Seals with the site's key (see seal.ts). */
export async function sealFor(purpose: Purpose, data: unknown, ttlMs: number): Promise<string> {
  return seal((await getFormKeys()).seal, purpose, data, ttlMs);
}

/** Opens a value sealed with the site's key. */
export async function openFor<T>(purpose: Purpose, token: string | null | undefined): Promise<Opened<T>> {
  return unseal<T>((await getFormKeys()).seal, purpose, token);
}

/**
 * Opens a sealed value for a page (a link from a mail, a result page, a form's draft), which must render while
 * the form store is down: without FORM_SECRET the key lives in the store, so a server that started while the
 * database was down answered these pages with a 500 and a stack trace in the log. `unavailable` then, with one
 * line naming the page. Endpoints keep `openFor`: there a failure is a 503 that says nothing was stored.
 */
export async function openForPage<T>(purpose: Purpose, token: string | null | undefined, page: string): Promise<Opened<T> | { ok: false; reason: "unavailable" }> {
  const keys = await getFormKeys().catch((error: unknown) => {
    console.error(`${page}: form storage unavailable: ${errorKind(error)}`);
    return undefined;
  });
  return keys ? unseal<T>(keys.seal, purpose, token) : { ok: false, reason: "unavailable" };
}

/** The unsubscribe page and one-click links for a mail to `email`, sealed with `sealKey`, on `origin`. */
export function linksFor(sealKey: Buffer, email: string, origin: string): RecipientLinks {
  const token = seal(sealKey, "unsubscribe", { e: email }, ttl.unsubscribe);
  return { unsubscribePage: `${origin}/unsubscribe?token=${token}`, oneClick: `${origin}/api/unsubscribe?token=${token}` };
}

/** The unsubscribe page and one-click links for a mail to `email`, on the public origin. */
export async function recipientLinks(email: string): Promise<RecipientLinks> {
  return linksFor((await getFormKeys()).seal, email, siteOrigin);
}
