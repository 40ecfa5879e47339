import "server-only";
import { errorKind } from "@/lib/error-kind";
import { siteOrigin } from "@/lib/site";
import { storeHint } from "@/lib/store";
import { arrivedForwardedHeader, clientAddress, trustedHops } from "./client-address";
import { rateLimitPerHour } from "./rate-limit";
import { problem, problemPage, respond, type Outcome } from "./respond";

/**
 * Largest form body we read; anything bigger is refused before parsing. Room for the longest message the
 * form allows in any script: 2,000 characters of Chinese are 6,000 bytes of UTF-8 and 18,000 once
 * form-encoded (16 KB refused them), plus the other fields.
 */
export const maxBodyBytes = 32 * 1024;

/** What a handler gets: the parsed form, the URL (for query tokens) and the client address for the limit. */
export interface FormRequest {
  body: URLSearchParams;
  url: URL;
  headers: Headers;
  address: string;
  wantsJson: boolean;
}

/**
 * True when the browser says the post comes from another site: `Sec-Fetch-Site: cross-site`, or an `Origin`
 * whose host is neither the configured public origin nor the request's own Host. Requests without either
 * header (curl, mail servers) are not browsers acting for a visitor and pass.
 */
export function isCrossSite(headers: Headers, configuredOrigin = siteOrigin): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed or opaque origins) and garbage
  }
  return host !== new URL(configuredOrigin).host && host !== headers.get("host");
}

/** When each kind of refusal was last written to the log. */
const lastLogged = new Map<string, number>();

/**
 * Tells the operator, in one line at most once a minute per kind, that forms are being refused: a 403 or a 429
 * the operator never hears of hid real mistakes (a www alias or a proxy rewriting Host, so every form is
 * "from another site"; no TRUST_PROXY behind a proxy, so all readers share one rate-limit count). The line
 * names hosts and settings, never a reader's address or input.
 */
export function logRefusal(kind: string, line: string, now = Date.now()): void {
  if ((lastLogged.get(kind) ?? Number.NEGATIVE_INFINITY) > now - 60_000) return;
  lastLogged.set(kind, now);
  console.warn(`⚠ ${line}`);
}

/** The host an Origin header names, for the log ("(unreadable)" for garbage and "null"). */
function originHost(headers: Headers): string {
  try {
    return new URL(headers.get("origin") ?? "").host || "(none)";
  } catch {
    return "(unreadable)";
  }
}

/** Reads at most `limit` bytes of the body; null when there is more. */
async function readBody(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * The text fields of a multipart/form-data body, already read (and so already within the size limit); files are
 * dropped. Throws on a body that is not valid multipart for its boundary.
 */
async function multipartFields(bytes: Uint8Array, contentType: string): Promise<URLSearchParams> {
  const form = await new Response(new Uint8Array(bytes), { headers: { "Content-Type": contentType } }).formData();
  const fields = new URLSearchParams();
  for (const [name, value] of form) if (typeof value === "string") fields.append(name, value);
  return fields;
}

/**
 * Wraps a form handler with everything every form endpoint must do, in this order: refuse cross-site posts
 * (403, unless `allowCrossSite`: the token-authorised one-click unsubscribe), refuse large bodies (413, by
 * Content-Length and while streaming), accept only URL-encoded forms (415; with `multipart`, multipart/form-data
 * too: RFC 8058 says a mail provider's one-click POST SHOULD be sent that way), refuse undecodable bytes (400),
 * then run the handler. Any failure that escapes becomes a 503 page that says nothing was stored (never a
 * 500, never a stack trace), or what `failed` says for a form that deletes; the log line names the error's
 * kind only, never what the reader typed.
 */
export function formEndpoint(
  handler: (request: FormRequest) => Promise<Outcome | Response>,
  options: { allowCrossSite?: boolean; multipart?: boolean; failed?: { title: string; detail: string } } = {},
) {
  return async function POST(request: Request): Promise<Response> {
    const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
    const fail = (outcome: Outcome) => respond(outcome, wantsJson);
    try {
      if (!options.allowCrossSite && isCrossSite(request.headers)) {
        logRefusal(
          "cross-site",
          `Forms refused as sent from another site (403), e.g. from ${originHost(request.headers)}; this site is ${new URL(siteOrigin).host}. If that is this site under another name (a www alias, a proxy that rewrites Host), build with SITE_URL set to the address readers use.`,
        );
        return fail(problem(403, "This form was sent from another site", "For your safety we only accept forms sent from this site's own pages. Nothing was stored."));
      }
      const declared = Number(request.headers.get("content-length") ?? 0);
      const tooLarge = problem(413, "That was more than this form accepts", "The form was too large to read. Shorten the message and send it again. Nothing was stored.");
      if (declared > maxBodyBytes) return fail(tooLarge);
      const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
      const multipart = options.multipart === true && type === "multipart/form-data";
      if (type !== "application/x-www-form-urlencoded" && !multipart) {
        return fail(problem(415, "The form was sent in a format we do not read", "Send the form from the page on this site. Nothing was stored."));
      }
      const bytes = await readBody(request, maxBodyBytes).catch(() => "lost" as const);
      if (bytes === "lost") {
        // The reader's connection dropped, or the server's time limit cut a body that stopped arriving: nothing to
        // store, and no fault here. It had been logged as an error ("form endpoint …: Error (ECONNRESET)"), which
        // an operator read as the database or the mail server failing; now a warning, at most once a minute.
        logRefusal("body-lost", "A form stopped arriving before its end (the reader's connection dropped, or it was too slow): nothing was stored.");
        return fail(problem(400, "The form did not arrive whole", "The connection dropped while the form was being sent. Nothing was stored: please send it again."));
      }
      if (!bytes) return fail(tooLarge);
      let body: URLSearchParams;
      try {
        body = multipart ? await multipartFields(bytes, request.headers.get("content-type")!) : new URLSearchParams(decoder.decode(bytes));
      } catch {
        return fail(problem(400, "The form could not be read", "It contained characters that are not valid text. Nothing was stored."));
      }
      const url = new URL(request.url);
      const outcome = await handler({ body, url, headers: request.headers, address: clientAddress(request.headers), wantsJson });
      if (!(outcome instanceof Response) && outcome.kind === "problem" && outcome.status === 429) {
        // Whether the request itself came with X-Forwarded-For (the server's stamp): Next adds one to every request.
        const sharedBehindProxy = request.headers.get(arrivedForwardedHeader) === "1" && trustedHops(process.env.TRUST_PROXY) === 0;
        logRefusal(
          "rate-limit",
          `A client reached the form limit (FORM_RATE_LIMIT, ${rateLimitPerHour()} an hour) and got 429.${sharedBehindProxy ? " Requests arrive with X-Forwarded-For but TRUST_PROXY is not set, so if a reverse proxy of yours adds it, every reader behind it shares one count: set TRUST_PROXY=1, and let only that proxy reach this server (HOSTNAME=127.0.0.1 or a firewall), or anyone can write their own X-Forwarded-For." : ""}`,
        );
      }
      return outcome instanceof Response ? outcome : respond(outcome, wantsJson);
    } catch (error) {
      console.error(`form endpoint ${new URL(request.url).pathname}: ${errorKind(error)}`);
      // What to do about it, once a minute per cause: every failed form stays counted in the log, one line each.
      const hint = storeHint(error);
      if (hint) logRefusal(`store:${errorKind(error)}`, hint);
      const { title, detail } = options.failed ?? { title: "We could not save that just now", detail: "Nothing was stored. Please try again in a minute." };
      return fail(problem(503, title, detail));
    }
  };
}

/**
 * GET on a form endpoint. Whoever opens one (a bookmark, a reload after the back button) gets a readable page
 * instead of an empty 405, and the 405 names the method that works (RFC 9110 asks for `Allow`).
 */
export function formOnlyGet(): Response {
  const response = problemPage(405, "This address only receives forms", "The forms on this site send their answers here. Open the page with the form to use it; nothing was sent.");
  response.headers.set("Allow", "POST");
  return response;
}
