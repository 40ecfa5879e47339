/**
 * The request guard: decides, from the method, the raw path and a header or two, whether a request can go
 * to Next at all. It runs before Next in lib/server/start.ts, on every request, so it is a handful of string
 * checks and nothing else (no I/O, no URL object, no regular expression on the hot path).
 *
 * Why it exists: Next answers a few client mistakes with a 500 (a malformed %-escape, TRACE, an
 * unsatisfiable Range on a static file, a request for its internal /_global-error page) and serves pages
 * to PUT, DELETE and PATCH as if they were GETs. A proxy (middleware) could catch some of these, but it
 * runs on every request and cost 19–39 % of the throughput; TRACE never even reaches it (undici refuses to
 * build a Request for TRACE).
 */

/** What the guard needs to know about a request. */
export interface GuardRequest {
  method: string;
  /** The raw request target, path and query, as it came off the socket (e.g. `/vetting?x=1`). */
  url: string;
}

/** The guard's decision. */
export type GuardVerdict =
  /** Hand the request to Next unchanged. */
  | { kind: "pass" }
  /** Let Next render its normal 404 page (real status 404, the site's layout and headers). */
  | { kind: "not-found" }
  /** Answer directly with this status and a one-line, human-readable message. */
  | { kind: "reply"; status: number; message: string; allow?: string }
  /** Send the client to the same address written plainly (308: method and body kept). */
  | { kind: "redirect"; location: string };

/** %-escapes of unreserved characters (RFC 3986 §2.3: letters, digits, "-", "_", "~"; not ".", which could make a "..") */
const escapedUnreserved = /%(3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a]|2d|5f|7e)/gi;

/** Route handlers live under /api/; they are the only targets of POST (forms), and they answer 405 to other methods themselves. */
export const postPrefix = "/api/";

const readMethods = "GET, HEAD";
const apiMethods = "GET, HEAD, POST";

/**
 * Whether a path has a "." or ".." segment, plain or %-escaped ("%2e"). Browsers resolve them before sending,
 * but scanners and `curl --path-as-is` do not, and Next resolves them after this guard read the path: "/./_global-error"
 * reached Next's 500 page, "/x/../vetting/missing" a section page's 200. Rare, so the segments are split only
 * when a dot follows a slash, or a "%2e" is found in a path that has a "%" at all (the hot path stays two `includes`).
 */
function hasDotSegment(path: string): boolean {
  if (!path.includes("/.") && !(path.includes("%") && /%2e/i.test(path))) return false;
  return path.split("/").some((segment) => {
    const plain = segment.replaceAll(/%2e/gi, ".");
    return plain === "." || plain === "..";
  });
}

/**
 * Decides what to do with a request. Pure; never throws. `isApiRoute` (lib/server/build-output.ts) says which
 * /api/ paths exist; without it every /api/ path is handed on.
 */
export function guardRequest({ method, url }: GuardRequest, isApiRoute?: (path: string) => boolean): GuardVerdict {
  // Browsers send a path; "GET http://other.example/… HTTP/1.1" (a proxy's form) is not for this site.
  if (!url.startsWith("/")) return { kind: "reply", status: 400, message: "Bad request: the request names a full address; send only its path." };
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  const isApi = path.startsWith(postPrefix);
  const allow = isApi ? apiMethods : readMethods;

  if (path.includes("%")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return { kind: "reply", status: 400, message: "Bad request: the address contains a malformed %-escape. Check the link and try again." };
    }
    if (decoded.includes("\0")) return { kind: "reply", status: 400, message: "Bad request: the address contains a null character." };
    // "/priv%61cy" is "/privacy" (RFC 3986 §6.2.2.2), but Next's router retried it until it gave up with a 500
    // and a logged error. Send the client to the plain spelling, which every cache and log then shares.
    const plain = path.replace(escapedUnreserved, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)));
    // "//%65vil.example" would become "//evil.example", which a browser reads as another site: no redirect
    // for a path that starts like that (no page of the site does).
    if (/^\/[/\\]/.test(plain)) return { kind: "not-found" };
    if (plain !== path) return { kind: "redirect", location: plain + (query === -1 ? "" : url.slice(query)) };
  }

  if (hasDotSegment(path)) {
    // To the path every browser would have sent, resolved by the platform's own URL parser (as Next resolves it),
    // where the checks below, the response cache and the logs see it; never to another site or an internal page.
    const resolved = new URL(path, "http://guard.invalid").pathname;
    if (resolved.startsWith("//") || (resolved.startsWith("/_") && !resolved.startsWith("/_next/"))) return { kind: "not-found" };
    return { kind: "redirect", location: resolved + (query === -1 ? "" : url.slice(query)) };
  }

  // "/vetting.MD" served the chapter's Markdown (Next's rewrite matches without regard to case) where "/VETTING.md"
  // is a 404: one spelling of each address.
  const extension = path.slice(-3);
  if (extension !== ".md" && extension.toLowerCase() === ".md") return { kind: "not-found" };

  if (isApi && isApiRoute && !isApiRoute(path)) {
    if (method === "GET" || method === "HEAD") return { kind: "not-found" };
    return { kind: "reply", status: 404, message: "Not found: nothing at this address accepts requests. Check the address and try again." };
  }

  if (method !== "GET" && method !== "HEAD") {
    if (method === "OPTIONS") return { kind: "reply", status: 204, message: "", allow };
    if (!(method === "POST" && isApi)) {
      return { kind: "reply", status: 405, message: `Method ${method.slice(0, 20)} is not allowed here. This address accepts ${allow}.`, allow };
    }
  }

  // Next's internal pages (/_global-error, /_not-found, …) are not pages of the site; /_next/ is its files.
  if (path.startsWith("/_") && !path.startsWith("/_next/")) return { kind: "not-found" };
  return { kind: "pass" };
}
