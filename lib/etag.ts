import { createHash } from "node:crypto";

/**
 * A strong ETag made from a response's bytes: the same bytes, the same tag, so a client that sends it back
 * in If-None-Match gets a 304. Used by the search endpoint and the production server's response cache.
 */
export function contentEtag(body: string | Uint8Array): string {
  return `"${contentHash(body, 27)}"`;
}

/** The first `length` characters of the SHA-1 of `body` in base64url: a short name for these exact bytes. */
export function contentHash(body: string | Uint8Array, length: number): string {
  return createHash("sha1").update(body).digest("base64url").slice(0, length);
}
