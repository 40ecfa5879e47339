import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { pageScripts } from "../http/script-hashes";
import { contentSecurityPolicy, type HeaderOptions } from "../http/security-headers";
import { holdResponse } from "./hold-response";

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
 * leave together (lib/server/hold-response.ts). A guide page is rendered in milliseconds and all of it is
 * needed to show it, so holding it delays no reader; prerendered pages are then kept whole by the response
 * cache, hashes included. Any other response (a file, an image, flight data, a HEAD) passes through untouched;
 * so does a page that cannot be read, with Next's policy. Installed first, so that it sees the page as it will
 * leave: after the not-found swap (lib/server/not-found-document.ts) and Next's compression.
 */
export function hashPageScripts(req: IncomingMessage, res: ServerResponse, options: HeaderOptions): void {
  if (req.method !== "GET") return;
  holdResponse(res, {
    holds: () => String(res.getHeader("content-type") ?? "").startsWith("text/html"),
    maxBytes: maxHeldBytes,
    beforeSend: (body) => {
      const encoding = String(res.getHeader("content-encoding") ?? "identity").toLowerCase();
      const policy = policyOf(body, encoding, (req.url ?? "/").split("?", 1)[0], options);
      if (policy !== undefined) res.setHeader("Content-Security-Policy", policy);
    },
  });
}
