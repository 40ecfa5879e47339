import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { getFormKeys, keyedHash } from "./keys";

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

/** Cookie value for a signed-in admin: a keyed hash of the token, so the token itself never sits in a cookie. */
export async function adminSessionValue(token: string): Promise<string> {
  return keyedHash((await getFormKeys()).admin, `admin-session|${token}`);
}

/**
 * Whether a request is from the admin: `Authorization: Bearer <ADMIN_TOKEN>` or the session cookie.
 * Always false when ADMIN_TOKEN is unset.
 */
export async function isAdmin(authorization: string | null, cookie: string | undefined): Promise<boolean> {
  const token = adminToken();
  if (!token) return false;
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer !== undefined && sameSecret(bearer, token)) return true;
  return cookie !== undefined && sameSecret(cookie, await adminSessionValue(token));
}
