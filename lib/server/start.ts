/**
 * The production server (`npm start`): Next's own request handler behind the request guard
 * (lib/server/request-guard.ts). Same handler, same routing and caching as `next start`; the guard only
 * turns the few requests Next would answer with a 500 or a wrong 200 into the right 4xx, with the site's
 * security headers. Settings: PORT (default 3000), HOSTNAME (default all interfaces).
 */
import "./preflight";
import { createServer, get, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import path from "node:path";
import next from "next";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { errorKind } from "../error-kind";
import { securityHeaders } from "../http/security-headers";
import { arrivedForwardedHeader, peerHeader } from "../forms/client-address";
import { closeOpened, pendingBeforeStop, settledBeforeStop } from "../per-process";
import { chapterImageSegment, sectionNotFoundSegment } from "../section-segments";
import { siteOrigin } from "../site";
import { notFoundDocuments, serveNotFoundDocument } from "./not-found-document";
import { hashPageScripts } from "./page-scripts";
import { recordIntoCache, responseCacheKey, serveFromCache } from "./response-cache";
import { listenFailure, listenPort, listensEverywhere, listenUrl } from "./listen";
import { holdResponse } from "./hold-response";
import { guardRequest } from "./request-guard";
import { staticFileAnswer, staticFiles } from "./static-files";
import { apiRoutesOfBuild, prerenderedOfBuild } from "./build-output";
import { builtOrigin, warnAboutSiteUrl } from "./site-url";

const dir = process.cwd();
const listen = listenPort(process.env.PORT);
if ("problem" in listen) {
  console.error(`✗ ${listen.problem}`);
  process.exit(1);
}
const { port } = listen;
const hostname = process.env.HOSTNAME || undefined;
// The origin the build was made for (HSTS when https), as on the pages Next serves; SITE_URL now only if unreadable.
const built = builtOrigin(path.join(dir, ".next"));
const headerOptions = { siteOrigin: built ?? siteOrigin, dev: false };
const headers = securityHeaders(headerOptions);

const isApiRoute = apiRoutesOfBuild(path.join(dir, ".next"));
const { paths: prerendered, chapterRoute } = prerenderedOfBuild(path.join(dir, ".next"));

const staticFileSize = staticFiles(dir);

function reply(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}) {
  for (const { key, value } of headers) res.setHeader(key, value);
  for (const [key, value] of Object.entries(extra)) res.setHeader(key, value);
  res.setHeader("Cache-Control", "no-store");
  if (message) res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.statusCode = status;
  res.end(message ? `${message}\n` : undefined);
}

const notFoundDocumentFor = notFoundDocuments(path.join(dir, ".next"));
// Next listens for WebSocket upgrades (its dev server's hot reload) on the server it runs behind, and closed every
// other request carrying `Connection: Upgrade` without a byte: `curl --http2` (an h2c upgrade) got an empty reply.
// The site has no WebSockets, so Next gets a server that never listens; Node then answers such a request as the
// HTTP/1.1 request it also is (RFC 9110 §7.8), through the guard like any other.
const app = next({ dev: false, dir, port, hostname, httpServer: createServer() });
const handle = app.getRequestHandler();
await app.prepare();

/** Requests being answered: after a stop has waited for a mail, its request still writes the reader's page. */
let answering = 0;
/** Called when the last request being answered ends (see untilAnswered). */
const whenNoneAnswering = new Set<() => void>();
// Node enforces the time limits below only when it checks its connections, every 30 s by default: a body sent a
// byte at a time was cut after about 46 s, not 30. Checking every 5 s keeps the limits near what they say.
/** The answer being written on each connection, for a request Node cannot read arriving behind it (clientError). */
const answerOn = new WeakMap<Duplex, ServerResponse>();
const server = createServer({ connectionsCheckingInterval: 5_000 }, (req, res) => {
  answering++;
  answerOn.set(req.socket, res);
  res.once("close", () => {
    if (answerOn.get(req.socket) === res) answerOn.delete(req.socket);
    if (--answering === 0) for (const resolve of whenNoneAnswering) resolve();
  });
  const url = req.url ?? "/";
  // The socket's address, for the forms' per-client rate limit: route handlers never see the socket, and
  // X-Forwarded-For is whatever the client sent unless TRUST_PROXY says a proxy wrote it. Overwrites any
  // value the client sent under this name.
  req.headers[peerHeader] = req.socket.remoteAddress ?? "";
  // Whether a proxy (or the client) sent X-Forwarded-For: Next adds one to every request it handles.
  req.headers[arrivedForwardedHeader] = req.headers["x-forwarded-for"] === undefined ? "" : "1";
  const verdict = guardRequest({ method: req.method ?? "GET", url }, isApiRoute);
  if (verdict.kind === "reply") {
    return reply(res, verdict.status, verdict.message, verdict.allow ? { Allow: verdict.allow } : {});
  }
  if (verdict.kind === "redirect") return reply(res, 308, `This address is ${verdict.location}`, { Location: verdict.location });
  const pathOnly = url.split("?", 1)[0];
  const onRequest = chapterRoute(pathOnly);
  // The chapter of a share page: its unknown sections get that chapter's section-not-found page.
  const chapter = onRequest?.kind === "share-page" ? onRequest.chapter : undefined;
  if (verdict.kind === "not-found" || (chapter !== undefined && pathOnly.endsWith(`/${sectionNotFoundSegment}`))) {
    // A path no route matches (slugs never start with "_"), or a chapter's section-not-found page at its own
    // address (it is what unknown sections show, not a page): Next renders the site's real 404 page.
    req.url = "/_guarded-not-found";
  } else if (req.headers.range !== undefined || req.headers["if-match"] !== undefined || req.headers["if-unmodified-since"] !== undefined) {
    const size = staticFileSize(pathOnly);
    const answer = size === null ? undefined : staticFileAnswer(req.headers, size);
    if (answer && "status" in answer) return reply(res, 416, "Range not satisfiable.", { "Content-Range": `bytes */${size}` });
    for (const name of answer?.drop ?? []) delete req.headers[name];
  }
  const cacheKey = responseCacheKey(req, onRequest !== undefined || prerendered.has(pathOnly));
  // A share page or card is the same for any query, and kept under its path alone; Next wrote the query it got into
  // the page's flight data, so the first reader's click id (?fbclid=…) went to every later reader of that section.
  // Next is handed the path, and `_rsc` (which its client-side navigations carry) alone.
  if (onRequest !== undefined && req.url === url && url.length > pathOnly.length) {
    const rsc = new URLSearchParams(url.slice(pathOnly.length + 1)).get("_rsc");
    req.url = rsc === null ? pathOnly : `${pathOnly}?_rsc=${encodeURIComponent(rsc)}`;
  }
  if (cacheKey !== undefined && serveFromCache(cacheKey, req, res)) return;
  // A client-side navigation's router state that Next cannot read made a page rendered on request throw: a 500 and
  // a stack trace in the log for every such request. Next's own reader of the header decides, before Next renders
  // and after the cache, which answers most navigations without Next (a header it cannot read is never kept).
  const routerState = req.headers["next-router-state-tree"];
  if (routerState !== undefined) {
    try {
      parseAndValidateFlightRouterState(routerState);
    } catch {
      return reply(res, 400, "Bad request: the router state header could not be read.");
    }
  }
  // In this order, each seeing what the one before it hands on: the page's script policy sees the page as it
  // leaves (after the not-found swap); the cache keeps it with that policy.
  hashPageScripts(req, res, headerOptions);
  const notFoundDocument = notFoundDocumentFor(chapter);
  if (notFoundDocument) serveNotFoundDocument(req, res, notFoundDocument);
  // Preview cards go out whole, with their length: Next streams them, and link previewers such as Signal's drop an
  // image without one (a length set on the route's own Response does not survive Next's streaming). GET only.
  if (req.method === "GET" && pathOnly.endsWith(`/${chapterImageSegment}`)) holdResponse(res, { holds: () => true });
  if (cacheKey !== undefined) recordIntoCache(cacheKey, req, res, onRequest !== undefined);
  // Next's header rules (next.config.ts) never reach the redirects Next makes itself (`/vetting/` → `/vetting`), so
  // every answer starts with the security headers; Next's rules set the same values again on everything else.
  for (const { key, value } of headers) res.setHeader(key, value);
  handle(req, res).catch((error: unknown) => {
    // Its kind, not its message, as everywhere in this log (lib/error-kind.ts): a message may quote a reader's input.
    console.error(`request failed: ${errorKind(error)}`);
    if (!res.headersSent) reply(res, 500, "Something went wrong. Please try again in a moment.");
    else res.end();
  });
});
/** An answer written straight to the socket, for requests Node answers before any handler sees them. */
function rawReply(socket: Duplex, statusLine: string, message: string, extra: string[] = []) {
  const body = `${message}\n`;
  const head = [`HTTP/1.1 ${statusLine}`, ...extra, ...headers.map(({ key, value }) => `${key}: ${value}`), "Content-Type: text/plain; charset=utf-8", `Content-Length: ${Buffer.byteLength(body)}`, "Connection: close"];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}
// CONNECT is for proxies; Node hands it to a separate event and, with no listener, drops the connection
// without a word. Answer it like any other method this site does not accept.
server.on("connect", (_req, socket) => rawReply(socket, "405 Method Not Allowed", "Method CONNECT is not allowed here.", ["Allow: GET, HEAD"]));
// A request Node cannot parse: headers over its 16 KB (a pasted address that long, an oversized cookie), a
// malformed request line, a client too slow to send its request. Node answered with a bare status and no body or
// headers; the reader now learns what to change, with the site's security headers like every other answer.
server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
  // As Node's own handler does: with an answer already under way on this connection, bytes written now would land
  // inside it, so the connection is cut instead.
  if (!socket.writable || error.code === "ECONNRESET" || answerOn.get(socket)?.headersSent) return void socket.destroy();
  if (error.code === "HPE_HEADER_OVERFLOW") return rawReply(socket, "431 Request Header Fields Too Large", "This address is too long for this site to read (or the request's headers are). Shorten it and try again.");
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return rawReply(socket, "408 Request Timeout", "The request took too long to arrive. Please try again.");
  rawReply(socket, "400 Bad Request", "This request could not be read.");
});
// A port that is taken or a host that is not this machine's: say so in one line and exit non-zero, so a
// supervisor (systemd, Docker's restart policy) sees the failure.
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(listenFailure(error, hostname, port));
  process.exit(1);
});
// A client gets 15 s to send its headers and 30 s for the whole request (Node's defaults are 60 s and 5 min),
// so a client that trickles a form body a byte at a time cannot hold a connection for minutes. Forms are
// at most 32 KB; 30 s is ample on a slow phone.
server.headersTimeout = 15_000;
server.requestTimeout = 30_000;
server.listen(port, hostname, () => {
  // With the address its pages and mails link to, which the build fixed: nothing said it when it was public.
  console.log(`▲ AI hiring guide on ${listenUrl(hostname, port)}${built ? ` (its links name ${built})` : ""}`);
  warnAboutSiteUrl(built, port);
  warmUp();
});

/**
 * Reads and compiles the chapters and builds the search index right after start, through the server's own
 * search API, so the first reader's search does not wait for it (about 5 s at 500 chapters). Best effort:
 * a failure here shows up again, with its message, on the first real request.
 */
function warmUp() {
  const host = listensEverywhere(hostname) ? "127.0.0.1" : hostname;
  get({ host, port, path: "/api/search?q=guide" }, (response) => response.resume()).on("error", () => {});
}
/** Resolves once no request is being answered, or after `limitMs`. */
function untilAnswered(limitMs: number): Promise<void> {
  if (answering === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      whenNoneAnswering.delete(done);
      resolve();
    };
    const timer = setTimeout(done, limitMs);
    whenNoneAnswering.add(done);
  });
}

/** The longest a stop waits for mails under way: past their own timeouts (lib/mail/transport.ts), about 40 s. */
const mailLimitMs = 45_000;
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    // systemd signals npm and node alike, and npm passes its signal on: the second starts no second stop.
    if (stopping) return;
    stopping = true;
    // Said in the log, as the start is: a stop (a deploy, a restart) was silent, and a log that just ends reads
    // like a crash.
    console.log(`Stopping on ${signal}: no new connections; requests under way get 5 s to finish.`);
    // Once every connection has closed, the mails still under way end (a deletion link is sent after its
    // answer), then the form store closes ("store": lib/store getStore's openOnce): SQLite folds its log into guide.db.
    const deadline = Date.now() + 5_000 + mailLimitMs;
    server.close(() =>
      void settledBeforeStop(deadline - Date.now())
        .then(() => closeOpened("store"))
        .catch((error: unknown) => console.error(`closing the form store: ${String(error)}`))
        .finally(() => {
          console.log("Stopped.");
          process.exit(0);
        }),
    );
    server.closeIdleConnections();
    // Once closing, Node no longer times out a client in the middle of sending its request, which then held
    // the stop open until the client gave up (148 s in a test; Docker kills after 10): give the requests
    // under way 5 s to finish, then end every connection. A request whose mail a slow mail server is still
    // taking gets until the mail ends: cut off, the reader's confirmation link was lost with it.
    setTimeout(() => {
      const mails = pendingBeforeStop();
      if (mails > 0) console.log(`Stopping: waiting for ${mails} mail${mails === 1 ? "" : "s"} under way (at most ${mailLimitMs / 1000} s).`);
      void settledBeforeStop(deadline - Date.now())
        .then(() => untilAnswered(Math.min(2_000, Math.max(0, deadline - Date.now()))))
        .then(() => {
          // Their readers got no answer: whatever they sent may or may not have been stored.
          if (answering > 0) console.warn(`⚠ Stopping: ${answering} request${answering === 1 ? "" : "s"} still being answered after the grace period ${answering === 1 ? "was" : "were"} cut off.`);
          server.closeAllConnections();
        });
    }, 5_000).unref();
  });
}
