import { isIPv4, isIPv6 } from "node:net";

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

/**
 * The 16-bit groups of an IPv6 address, as written ("::" expanded; an embedded IPv4 address counts as two).
 * Written here, not with ipaddr.js: node:net's isIPv6 has already checked the address, and all the count needs
 * is its first four groups (the /64).
 */
function ipv6Groups(address: string): string[] {
  const groups = (part: string) => (part ? part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group])) : []);
  const [head, tail] = address.split("::");
  if (tail === undefined) return groups(head);
  const [before, after] = [groups(head), groups(tail)];
  return [...before, ...Array<string>(Math.max(0, 8 - before.length - after.length)).fill("0"), ...after];
}

/**
 * What one client counts as: an IPv4 address itself (also when written IPv4-mapped, `::ffff:192.0.2.1`), an IPv6
 * address by its /64 prefix. One home line, phone or server is given a whole /64 (2^64 addresses), so counting
 * each IPv6 address apart let a single client send forms and admin sign-ins without limit by changing the last
 * 64 bits. A port some proxies write after the address (`192.0.2.1:50123`, `[2001:db8::1]:443`: Azure's do) is
 * dropped: it changes with every connection. Anything else (not an address) is kept as it is.
 */
export function rateLimitBucket(address: string): string {
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address) ?? /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  const plain = (withPort ? withPort[1] : address).split("%")[0].toLowerCase();
  if (isIPv4(plain)) return plain;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(plain)) return address;
  return `${ipv6Groups(plain).slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(":")}::/64`;
}

/** The client address to rate-limit, following the rules above (an IPv6 one by its /64: see rateLimitBucket). */
export function clientAddress(headers: Headers, trustProxy: string | undefined = process.env.TRUST_PROXY): string {
  const hops = trustedHops(trustProxy);
  if (hops > 0) {
    const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    const entry = entries.at(-hops) ?? entries[0];
    if (entry) return rateLimitBucket(entry);
  }
  const peer = headers.get(peerHeader)?.trim();
  return peer ? rateLimitBucket(peer) : sharedBucket;
}
