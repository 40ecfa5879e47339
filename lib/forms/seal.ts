import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * Sealed values: small JSON payloads encrypted and authenticated with AES-256-GCM, with a purpose and an
 * expiry inside. Used for every value that travels in a URL: confirmation and unsubscribe tokens (they carry
 * the email address, which must never appear in a URL in plain text) and the form drafts that bring typed
 * values back after a failed no-JavaScript submission.
 *
 * A changed byte, a token made for another purpose (the purpose is authenticated data) or a token made with
 * another secret fails to open; an expired one opens as "expired" so the page can say so.
 *
 * Written here rather than taken from a JWE library (jose): the cryptography is node:crypto's AES-GCM, and what
 * is ours is only the framing (a version byte, the purpose as additional data, the expiry), a few lines. A JWE
 * token carries a JSON header in every link, which makes the links in mails and draft URLs longer for nothing.
 */

export type Purpose = "confirm" | "unsubscribe" | "signup-result" | "consultation-result" | "draft-subscribe" | "draft-consultation" | "draft-leave" | "admin-session";

export type Opened<T> = { ok: true; data: T } | { ok: false; reason: "invalid" | "expired" };

const VERSION = 1;

/** Seals `data` for `purpose`, valid for `ttlMs` from `now`. The result is URL-safe (base64url). */
export function seal(key: Buffer, purpose: Purpose, data: unknown, ttlMs: number, now = Date.now()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}:${purpose}`));
  // Compressed first: drafts hold a free-text message and must stay well inside URL length limits.
  const plain = deflateRawSync(Buffer.from(JSON.stringify({ x: now + ttlMs, d: data })));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** Opens a sealed value made by `seal` for the same purpose and key. Never throws. */
export function unseal<T>(key: Buffer, purpose: Purpose, token: string | null | undefined, now = Date.now()): Opened<T> {
  if (!token || token.length > 20_000 || !/^[A-Za-z0-9_-]+$/.test(token)) return { ok: false, reason: "invalid" };
  const bytes = Buffer.from(token, "base64url");
  if (bytes.length < 1 + 12 + 16 + 1 || bytes[0] !== VERSION) return { ok: false, reason: "invalid" };
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(1, 13));
    decipher.setAAD(Buffer.from(`${VERSION}:${purpose}`));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const plain = Buffer.concat([decipher.update(bytes.subarray(13, bytes.length - 16)), decipher.final()]);
    const { x, d } = JSON.parse(inflateRawSync(plain, { maxOutputLength: 100_000 }).toString("utf8")) as { x: number; d: T };
    if (typeof x !== "number" || now > x) return { ok: false, reason: "expired" };
    return { ok: true, data: d };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}
