import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { getStore } from "@/lib/store";
import { getFormKeys, keyedHash } from "./keys";
import { allowSubmission } from "./rate-limit";
import { openFor, sealFor, ttl } from "./tokens";

/** The admin session cookie: the only cookie the site ever sets. */
export const adminCookie = "guide_admin";

/** `ADMIN_TOKEN` without surrounding spaces or line breaks, or undefined when the admin page is switched off. */
export function adminToken(value = process.env.ADMIN_TOKEN): string | undefined {
  return value?.trim() || undefined;
}

/** Shortest ADMIN_TOKEN the start-up log accepts without a warning. */
export const adminTokenMinLength = 16;

/** Constant-time comparison of two strings of any length (compares their SHA-256 digests). */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** A tag of the token, so a cookie stops working when ADMIN_TOKEN changes; the token itself never sits in a cookie. */
async function tokenTag(token: string): Promise<string> {
  return keyedHash((await getFormKeys()).admin, `admin-session|${token}`).slice(0, 22);
}

/** The shared setting that records the last sign-out: sessions issued before it are over, on every instance. */
const signedOutSetting = "admin-signed-out-at";

/**
 * Cookie value for a signed-in admin: sealed, with the time it was issued and its expiry inside, so the server
 * ends it after `ttl.adminSession` and at the next sign-out, whatever the browser (or a copy of the cookie)
 * keeps. A fixed value, as before, worked for ever once copied.
 */
export async function adminSessionValue(token: string, now = Date.now()): Promise<string> {
  return sealFor("admin-session", { k: await tokenTag(token), i: now }, ttl.adminSession);
}

/** Whether a cookie is a live admin session for `token`. */
async function isAdminSession(cookie: string, token: string): Promise<boolean> {
  const opened = await openFor<{ k: string; i: number }>("admin-session", cookie);
  if (!opened.ok || opened.data.k !== (await tokenTag(token))) return false;
  const signedOutAt = Number(await (await getStore()).ensureSetting(signedOutSetting, "0"));
  return opened.data.i > signedOutAt;
}

/** Sign-out, from a live session: ends every admin session issued until now, on every instance. */
export async function endAdminSessions(cookie: string | undefined, now = Date.now()): Promise<void> {
  const token = adminToken();
  if (token && cookie && (await isAdminSession(cookie, token))) await (await getStore()).setSetting(signedOutSetting, String(now));
}

/**
 * Whether a request is from the admin: `Authorization: Bearer <ADMIN_TOKEN>` or a live session cookie.
 * Always false when ADMIN_TOKEN is unset. Every Bearer attempt counts against the client's "admin" limit,
 * as sign-in attempts do, so the token cannot be guessed quickly through the header either.
 */
export async function isAdmin(authorization: string | null, cookie: string | undefined, address: string): Promise<boolean> {
  const token = adminToken();
  if (!token) return false;
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer !== undefined) return (await allowSubmission(address, "admin")) && sameSecret(bearer, token);
  return cookie !== undefined && (await isAdminSession(cookie, token));
}
