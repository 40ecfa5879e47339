/**
 * Where a form submission comes from, for the per-client rate limit.
 *
 * A route handler never sees the socket. Next fills `X-Forwarded-For` with the socket address only when the
 * request has none, so a client could send any value it likes there. Therefore:
 * 1. `TRUST_PROXY=n` (a whole number, usually 1): there are n reverse proxies in front that each append the
 *    address they saw; the n-th entry from the right of `X-Forwarded-For` is the client. Entries further left
 *    are whatever the client sent and are ignored.
 * 2. Otherwise the socket's address, which the production server (lib/server/start.ts) stamps on every request as `peerHeader`
 *    (overwriting anything the client sent under that name).
 * 3. If neither is available (e.g. a runtime without the stamp), one shared bucket: the limit still caps the
 *    total rather than being bypassed.
 */

/** Request header carrying the socket's remote address, set by the server for every request. */
export const peerHeader = "x-guide-peer-address";

/**
 * Request header saying whether the request arrived with an `X-Forwarded-For` ("1") or without (""), stamped by
 * the server before Next adds one of its own to every request (overwriting anything the client sent under this
 * name). Only for the operator's hint that a proxy is in front; never for the address itself.
 */
export const arrivedForwardedHeader = "x-guide-arrived-forwarded";

/** Bucket name used when no address can be trusted. */
export const sharedBucket = "shared";

/** Number of trusted proxy hops from `TRUST_PROXY` (0 when unset or not a positive whole number). */
export function trustedHops(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 0;
}

/** The client address to rate-limit, following the rules above. */
export function clientAddress(headers: Headers, trustProxy: string | undefined = process.env.TRUST_PROXY): string {
  const hops = trustedHops(trustProxy);
  if (hops > 0) {
    const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    const entry = entries.at(-hops) ?? entries[0];
    if (entry) return entry;
  }
  return headers.get(peerHeader)?.trim() || sharedBucket;
}
