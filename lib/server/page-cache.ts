import type { IncomingMessage, ServerResponse } from "node:http";
import { normaliseQuery } from "../search/options";

/**
 * A small in-memory cache of whole responses for the one page that is rendered per request and depends
 * only on its address: /search?q=…. A build's index never changes, so the page for a query is the same
 * until the next deploy; rendering it costs a React render per request, serving it from here costs a Map
 * lookup. Bounded by entry count and bytes (least recently used dropped first), so made-up queries cannot
 * grow it. Hand-written (60 lines) because a reverse proxy's micro-cache is the usual tool and the site has
 * none in front of it by default.
 */

interface Entry {
  status: number;
  headers: Record<string, number | string | string[] | undefined>;
  body: Buffer;
}

const maxEntries = 300;
const maxEntryBytes = 256 * 1024;

const entries = new Map<string, Entry>();

/** The cache key of a request, or undefined when the response must not be cached. */
export function pageCacheKey(req: IncomingMessage): string | undefined {
  const url = req.url ?? "";
  if (req.method !== "GET" || !(url === "/search" || url.startsWith("/search?"))) return undefined;
  // Client navigations ask for the RSC payload of the page, not its HTML: leave those to Next.
  if (req.headers.rsc !== undefined || req.headers["next-router-prefetch"] !== undefined) return undefined;
  if (req.headers.cookie) return undefined;
  const raw = new URLSearchParams(url.slice("/search".length)).getAll("q");
  const { query, truncated } = normaliseQuery(raw.length > 1 ? raw : raw[0]);
  return `${req.headers["accept-encoding"] ?? ""}\u0000${truncated ? 1 : 0}\u0000${query}`;
}

/** Answers from the cache when it can; returns whether it did. */
export function serveFromPageCache(key: string, res: ServerResponse): boolean {
  const entry = entries.get(key);
  if (!entry) return false;
  entries.delete(key);
  entries.set(key, entry); // most recently used last
  res.writeHead(entry.status, entry.headers);
  res.end(entry.body);
  return true;
}

/** Records what Next writes to `res` and keeps it if it is a complete 200 of a sensible size. */
export function recordIntoPageCache(key: string, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || bytes > maxEntryBytes) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    bytes += buffer.length;
    chunks.push(buffer);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    if (res.statusCode === 200 && bytes <= maxEntryBytes) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { status: 200, headers: res.getHeaders(), body: Buffer.concat(chunks) });
    }
    return end(chunk, ...rest);
  }) as typeof res.end;
}
