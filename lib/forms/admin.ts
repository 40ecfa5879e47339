import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
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

/**
 * The shared setting naming the current generation of admin sessions: a random value, replaced at each
 * sign-out, so every session issued before it ends on every instance. (A sign-out time compared with issue
 * times would depend on the instances' clocks agreeing.)
 */
const generationSetting = "admin-session-generation";

async function currentGeneration(): Promise<string> {
  return (await getStore()).ensureSetting(generationSetting, randomBytes(12).toString("base64url"));
}

/**
 * Cookie value for a signed-in admin: sealed, with the session generation inside and an expiry the server
 * checks, so it ends after `ttl.adminSession` and at the next sign-out, whatever the browser (or a copy of the
 * cookie) keeps. A fixed value, as before, worked for ever once copied.
 */
export async function adminSessionValue(token: string): Promise<string> {
  return sealFor("admin-session", { k: await tokenTag(token), g: await currentGeneration() }, ttl.adminSession);
}

/** Whether a cookie is a live admin session for `token`. */
async function isAdminSession(cookie: string, token: string): Promise<boolean> {
  const opened = await openFor<{ k: string; g: string }>("admin-session", cookie);
  if (!opened.ok || opened.data.k !== (await tokenTag(token))) return false;
  return opened.data.g === (await currentGeneration());
}

/** Sign-out, from a live session: ends every admin session issued so far, on every instance. */
export async function endAdminSessions(cookie: string | undefined): Promise<void> {
  const token = adminToken();
  if (token && cookie && (await isAdminSession(cookie, token))) {
    await (await getStore()).setSetting(generationSetting, randomBytes(12).toString("base64url"));
  }
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
