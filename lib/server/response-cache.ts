import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { contentEtag } from "../etag";
import fresh from "fresh";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";

/**
 * An in-memory cache of finished responses, in front of Next, for what is the same for every reader until
 * the next deploy: prerendered pages (Next marks them `x-nextjs-cache: HIT`), the build's static files, the
 * /search page, which depends only on its address while the build's index never changes, and a section's
 * share page and the chapters' and sections' preview images, rendered on request only because a guide has
 * thousands of them (a link shared widely is opened, and its card fetched, by many at once: about 80 renders a
 * second on two cores, against thousands of answers from here). Next gzips every response again on every
 * request (a 60 KB chapter costs a compression per request); from here it costs a lookup. Bounded by entries
 * and bytes, least recently used dropped first (lru-cache), so made-up addresses cannot grow it. Hand-written
 * around it because the usual tool, a reverse proxy's micro-cache, is not in front of this server by default.
 */

interface Entry {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

const maxEntryBytes = 512 * 1024;

/**
 * The encoding a request accepts best (negotiator, gzip first on a tie), used to key the cache: `gzip;q=0,
 * identity` had been read as gzip, and once a gzip client had filled the entry, a client that refused compression
 * got gzip bytes. Next's compression may choose otherwise (it sends gzip to `deflate, gzip;q=0.5`), so a response
 * is kept only when it was sent with the key's encoding (see isKeepable); such a client is then answered by Next
 * each time, never with the wrong bytes. Without that check, `Accept-Encoding: *` had stored gzip under the plain key.
 */
function encodingOf(accept: string | undefined): string {
  if (!accept) return "identity";
  // Remembered per header value (clients send a handful of them), as this runs for every request the cache sees.
  let encoding = negotiated.get(accept);
  if (encoding === undefined) {
    encoding = new Negotiator({ headers: { "accept-encoding": accept } }).encoding(["gzip", "deflate", "identity"]) ?? "identity";
    if (negotiated.size >= 64) negotiated.clear();
    negotiated.set(accept, encoding);
  }
  return encoding;
}
const negotiated = new Map<string, string>();

/**
 * The cache key of a request (every header Next varies on), or undefined when it must go to Next. For a page
 * the query string cannot change (`queryFree`: a prerendered page, a share page, a preview card), the key is its
 * path alone: a link shared on social media comes back with a click id unique to each reader (`?fbclid=…`,
 * `?gclid=…`, `?utm_…`), and keyed by the whole address, every reader's visit was a render (share pages) or
 * another copy of the same page pushing others out of the cache.
 */
export function responseCacheKey(req: IncomingMessage, queryFree = false): string | undefined {
  if (req.method !== "GET" && req.method !== "HEAD") return undefined;
  if (req.headers.cookie || req.headers.range || req.headers.authorization) return undefined;
  const url = queryFree ? (req.url ?? "/").split("?", 1)[0] : (req.url ?? "/");
  if (url.startsWith("/api/")) return undefined;
  const tree = req.headers["next-router-state-tree"];
  if (typeof tree === "string" && tree.length > 2048) return undefined;
  const vary = [req.headers.rsc, req.headers["next-router-prefetch"], req.headers["next-router-segment-prefetch"], tree];
  return [url, encodingOf(req.headers["accept-encoding"]), ...vary.map((value) => String(value ?? ""))].join("\u0000");
}

/**
 * Whether a finished response may be kept: a 200 that Next served from its build output, a /search page, or a
 * share page or preview image of a chapter (`chapterRoute`: the caller knows the build's chapters), sent with
 * the encoding its key stands for. Only 200s: made-up sections (404s) are never kept.
 */
function isKeepable(url: string, req: IncomingMessage, res: ServerResponse, bytes: number, chapterRoute: boolean): boolean {
  if (res.statusCode !== 200 || res.getHeader("set-cookie")) return false;
  // A plain body suits every client (images and fonts are sent plain to gzip clients too); a compressed one
  // only the clients this key stands for.
  const sent = String(res.getHeader("content-encoding") ?? "identity").toLowerCase();
  const expected = encodingOf(req.headers["accept-encoding"]);
  if (sent !== "identity" && sent !== expected) return false;
  // Nor a large plain page under a compressed key (Next sent it plain to a client that takes gzip): gzip clients
  // would get it uncompressed until it left the cache. (Images and small bodies are sent plain to them anyway.)
  if (sent === "identity" && expected !== "identity" && bytes > 2_048 && /^(text\/|application\/(json|javascript|xml|atom))/.test(String(res.getHeader("content-type") ?? ""))) return false;
  if (url.startsWith("/_next/static/")) return true;
  if (url === "/search" || url.startsWith("/search?") || chapterRoute) return true;
  return res.getHeader("x-nextjs-cache") === "HIT";
}

/**
 * A response as the cache keeps it: with its length, and, when Next sent none (the Atom feed, llms.txt, the
 * Markdown files), an ETag made from its bytes, so a feed reader polling with If-None-Match gets a 304 instead of
 * the whole feed. The bytes are those sent, so the gzip and plain versions get different tags, as they should.
 */
function asKept(entry: Entry): Entry {
  // And with its length, to GET and HEAD alike: Next had streamed most of these (chunked, no length), and some
  // link previewers drop an image without one.
  const headers = { ...entry.headers, "content-length": entry.body.length };
  return { ...entry, headers: entry.headers.etag === undefined ? { ...headers, etag: contentEtag(entry.body) } : headers };
}

/**
 * A response cache of at most `maxEntries` responses and `maxBytes` of bodies. The server keeps one
 * (`serveFromCache`, `recordIntoCache` below); a test makes a small one to watch the least recently used go.
 */
export function createResponseCache({ maxEntries = 2_000, maxBytes = 64 * 1024 * 1024 } = {}) {
  const entries = new LRUCache<string, Entry>({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, entry.body.length) });

  /** Answers from the cache when it can; returns whether it did. HEAD gets the headers only. */
  function serveFromCache(key: string, req: IncomingMessage, res: ServerResponse): boolean {
    const entry = entries.get(key); // and now the most recently used
    if (!entry) return false;
    // A revalidation answered as Next's own file server answers it (the fresh library): a list of tags, a weak
    // tag, `*` or If-Modified-Since, where an exact If-None-Match alone had got the whole body again.
    if (fresh(req.headers, { etag: entry.headers.etag, "last-modified": entry.headers["last-modified"] })) {
      const { "content-length": _length, "content-encoding": _encoding, ...headers } = entry.headers;
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    res.writeHead(entry.status, entry.headers);
    res.end(req.method === "HEAD" ? undefined : entry.body);
    return true;
  }

  /** Records what Next writes for a GET and keeps it when the finished response is keepable (see isKeepable). */
  function recordIntoCache(key: string, req: IncomingMessage, res: ServerResponse, chapterRoute = false): void {
    if (req.method !== "GET") return;
    const url = req.url ?? "/";
    const chunks: Buffer[] = [];
    let bytes = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const collect = (chunk: unknown, encoding: unknown) => {
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
      // Kept with the headers as they left, after the handlers inside this one had their say (a page's script
      // policy is set as it ends: lib/server/page-scripts.ts).
      const ended = end(chunk, ...rest);
      if (bytes <= maxEntryBytes && isKeepable(url, req, res, bytes, chapterRoute)) entries.set(key, asKept({ status: 200, headers: res.getHeaders(), body: Buffer.concat(chunks) }));
      return ended;
    }) as typeof res.end;
  }

  return { serveFromCache, recordIntoCache };
}

export const { serveFromCache, recordIntoCache } = createResponseCache();

