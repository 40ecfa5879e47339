import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { pageScripts } from "../http/script-hashes";
import { contentSecurityPolicy, type HeaderOptions } from "../http/security-headers";

/** A page larger than this is sent as it comes, with the policy Next gave it (no page of the guide is near it). */
const maxHeldBytes = 8 * 1024 * 1024;

/** The body as the browser will read it, whatever compression Next applied; undefined when unreadable. */
function decoded(body: Buffer, encoding: string): string | undefined {
  try {
    if (encoding === "gzip") return gunzipSync(body).toString("utf8");
    if (encoding === "deflate") return inflateSync(body).toString("utf8");
    if (encoding === "br") return brotliDecompressSync(body).toString("utf8");
    return encoding === "identity" || encoding === "" ? body.toString("utf8") : undefined;
  } catch {
    return undefined;
  }
}

/** When an inline script that is not the site's was last reported (at most one line a minute). */
let lastReported = 0;

/**
 * A page's Content-Security-Policy: its own inline scripts by hash. Any other inline script is left out, so it
 * does not run, and is reported (with the page's path, never its query, which may hold what a reader typed):
 * after a Next upgrade that writes a new kind of script, this line says why pages stopped working.
 */
function pagePolicy(html: string, path: string, options: HeaderOptions): string {
  const { hashes, foreign } = pageScripts(html);
  if (foreign > 0 && Date.now() - lastReported > 60_000) {
    lastReported = Date.now();
    console.warn(`⚠ ${path}: ${foreign} inline script${foreign === 1 ? " is" : "s are"} not the site's (lib/http/script-hashes.ts) and will not run there.`);
  }
  return contentSecurityPolicy(options, hashes);
}

/**
 * The policies of pages sent lately, by their bytes as sent (compressed or not). A shared section's page or
 * the 404 page is the same bytes on every request, and reading a page again costs about a millisecond (a
 * third of a 404's whole answer); a digest of its bytes, a few hundredths of that.
 */
const recent = new Map<string, string | undefined>();
const recentLimit = 500;

function policyOf(body: Buffer, encoding: string, path: string, options: HeaderOptions): string | undefined {
  const key = `${encoding} ${createHash("sha256").update(body).digest("base64")}`;
  if (recent.has(key)) return recent.get(key);
  const html = decoded(body, encoding);
  const policy = html === undefined ? undefined : pagePolicy(html, path, options);
  if (recent.size >= recentLimit) recent.delete(recent.keys().next().value!);
  recent.set(key, policy);
  return policy;
}

/**
 * Gives the HTML page of this GET a Content-Security-Policy naming its own inline scripts by hash (pagePolicy,
 * lib/http/security-headers.ts), in place of the one Next set, which allows any inline script. Next streams a
 * page and its headers go first, before the scripts they must name are known: so the page is held (Next's
 * bytes, compressed or not, unchanged) until Next ends it, then its scripts are read, and header and body
 * leave together. A guide page is rendered in milliseconds and all of it is needed to show it, so holding
 * it delays no reader; prerendered pages are then kept whole by the response cache, hashes included. Any
 * other response (a file, an image, flight data, a HEAD) passes through untouched; so does a page that
 * cannot be read, with Next's policy. Installed first, so that it sees the page as it will leave: after the
 * not-found swap (lib/server/not-found-document.ts) and Next's compression.
 */
export function hashPageScripts(req: IncomingMessage, res: ServerResponse, options: HeaderOptions): void {
  if (req.method !== "GET") return;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  const held: Buffer[] = [];
  let heldBytes = 0;
  /** Whether this response is being held: decided once, at the first thing Next sends (see isPage). */
  let holding: boolean | undefined;
  /** Set once the held page is being sent: from then on every call goes straight through. */
  let releasing = false;
  const isPage = () =>
    (holding ??= !res.headersSent && res.statusCode !== 304 && res.statusCode !== 204 && String(res.getHeader("content-type") ?? "").startsWith("text/html"));
  /** Sends what is held, with `policy` when given (else Next's), and lets every later call through. */
  const release = (policy: string | undefined) => {
    releasing = true;
    if (policy !== undefined) res.setHeader("Content-Security-Policy", policy);
    writeHead(res.statusCode);
    for (const chunk of held.splice(0)) write(chunk);
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (releasing) return writeHead(status, ...rest);
    // Headers given here (Next's, the not-found swap's) join those set before, so that they leave when the page does.
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) holding ??= false; // the raw [name, value, …] form: left to Node
    if (typeof rest[0] === "string") res.statusMessage = rest[0];
    res.statusCode = status;
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string);
    return isPage() ? res : writeHead(status);
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    if (releasing || !isPage()) flushHeaders();
  };
  /** Keeps a piece of the page, or sends all of it on, with Next's policy, once it outgrows maxHeldBytes. */
  const hold = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    held.push(buffer);
    heldBytes += buffer.length;
    if (heldBytes > maxHeldBytes) release(undefined);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (releasing || !isPage()) return write(chunk, ...rest);
    hold(chunk, rest[0]);
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (releasing || !isPage()) return end(...args);
    const callback = args.find((arg) => typeof arg === "function");
    if (typeof args[0] !== "function") hold(args[0], args[1]);
    if (!releasing) {
      const encoding = String(res.getHeader("content-encoding") ?? "identity").toLowerCase();
      release(policyOf(Buffer.concat(held), encoding, (req.url ?? "/").split("?", 1)[0], options));
    }
    return end(callback);
  }) as typeof res.end;
}
