import { readdirSync } from "node:fs";
import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { apiRoutesOfBuild } from "../../lib/server/build-output";
import { SITE_URL } from "./helpers";

/**
 * Several hundred generated hostile requests, sent as raw bytes (no client library to normalise them):
 * long and malformed paths and escapes, `..` segments, encoded nulls, odd methods, huge query strings and
 * headers, forged Host headers. Each gets a 4xx or a normal page, never a 5xx; nothing sent comes back
 * as markup; and the server keeps serving.
 */
const { hostname, port } = new URL(SITE_URL);
const marker = "<hx7q>";

interface Answer {
  status: number;
  head: string;
  body: string;
}

function send(raw: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error(`timeout: ${raw.slice(0, 80)}`)));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const split = text.indexOf("\r\n\r\n");
      const head = split < 0 ? text : text.slice(0, split);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body: split < 0 ? "" : text.slice(split + 4) });
    });
    // Write without half-closing: "Connection: close" asks the server to close once it has answered.
    socket.write(raw);
  });
}

function request(method: string, target: string, headers: Record<string, string> = {}): string {
  const lines = [`${method} ${target} HTTP/1.1`, `Host: ${hostname}:${port}`, "Connection: close", ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return `${lines.join("\r\n")}\r\n\r\n`;
}

function hostileRequests(): { name: string; raw: string }[] {
  const paths = [
    "/%", "/%%", "/%zz", "/%E0%A4", "/vetting%", "/vetting/%C0%AE%C0%AE/", "/%00", "/vetting%00", "/a%2500",
    "/../../etc/passwd", "/vetting/../../../etc/passwd", "/_next/static/../../package.json", "/_next/static/..%2F..%2Fpackage.json",
    "/..%2F..%2F.env", "/%2e%2e/%2e%2e/etc/passwd", "//evil.example/", "/\\evil.example", "/vetting/..",
    `/${"a".repeat(4000)}`, `/vetting/${"%41".repeat(1500)}`, `/search?q=${"x".repeat(6000)}`, `/search?q=${encodeURIComponent(marker)}`,
    `/${encodeURIComponent(marker)}`, `/vetting/${encodeURIComponent(marker)}`, `/${encodeURIComponent(marker)}/opengraph-image`,
    "/api/search?q=%3Chx7q%3E", "/api/search?q=%", "/api/search?q=%00", "/plan?ai=%3Chx7q%3E&scope=1", "/_global-error", "/_not-found",
    "/_next/image?url=http://evil.example/x.png&w=64&q=75", "/_next/static/chunks/nope.js", "/.env", "/.git/config", "/wp-login.php",
    "/vetting?__proto__[x]=1", "/search?q[]=a&q[]=b", "/search?q=%F0%9F%98%80", "/vetting.md", "/nope.md", "/subscribe?draft=AAAA",
    "/unsubscribe?token=%3Chx7q%3E", "/subscribe/confirm?token=x", "/consultation?draft=%00", "/admin", "/admin/sign-in",
  ];
  const methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECT", "PROPFIND", "FOO"];
  const headerSets: Record<string, string>[] = [
    {},
    { Host: "evil.example" },
    { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    { Range: "bytes=999999999-" },
    { Range: "bytes=abc" },
    { "X-Long": "y".repeat(12_000) },
    { Cookie: `a=${marker}` },
    { "Accept-Encoding": "gzip, br, zstd" },
  ];
  const list: { name: string; raw: string }[] = [];
  for (const [i, path] of paths.entries()) {
    list.push({ name: `GET ${path.slice(0, 60)}`, raw: request("GET", path) });
    for (let k = 0; k < 3; k++) {
      const method = methods[(i + k * 4) % methods.length];
      const headers = headerSets[(i + k * 3) % headerSets.length];
      list.push({ name: `${method} ${path.slice(0, 60)} ${Object.keys(headers).join(",")}`, raw: request(method, path, headers) });
    }
  }
  for (const method of methods) for (const path of ["/", "/vetting", "/vetting/opengraph-image", "/api/search?q=a", "/api/subscribe", "/sitemap.xml"]) {
    list.push({ name: `${method} ${path}`, raw: request(method, path) });
  }
  for (const headers of headerSets) for (const path of ["/vetting", "/search?q=architect", "/_next/static/chunks/nope.js"]) {
    list.push({ name: `GET ${path} ${Object.keys(headers).join(",")}`, raw: request("GET", path, headers).replace(`Host: ${hostname}:${port}\r\n`, headers.Host ? "" : `Host: ${hostname}:${port}\r\n`) });
  }
  // Malformed request lines and bodies.
  list.push({ name: "no version", raw: "GET /vetting\r\n\r\n" });
  list.push({ name: "garbage", raw: "\u0000\u0001\u0002 garbage\r\n\r\n" });
  list.push({ name: "huge header count", raw: request("GET", "/vetting", Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`X-H${i}`, "v"]))) });
  list.push({ name: "oversized POST", raw: `POST /api/subscribe HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 200000\r\n\r\n${"email=a".padEnd(200_000, "a")}` });
  list.push({ name: "lying Content-Length", raw: `POST /api/subscribe HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\nContent-Length: 50\r\n\r\nshort` });
  list.push({ name: "script-laden form", raw: `POST /api/consultation HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 60\r\n\r\n${`name=${encodeURIComponent(marker)}&email=x%0d%0aBcc:a@b.c`.padEnd(60, "x")}` });
  return list;
}

test("hundreds of hostile requests: a 4xx or a normal page, never a 5xx, nothing reflected, and the server keeps serving", async () => {
  test.setTimeout(180_000);
  const requests = hostileRequests();
  expect(requests.length).toBeGreaterThan(200);
  const problems: string[] = [];
  for (const { name, raw } of requests) {
    const answer = await send(raw);
    if (answer.status === 0) problems.push(`${name}: no HTTP answer`);
    else if (answer.status >= 500) problems.push(`${name}: ${answer.status}`);
    // Nothing sent may come back as markup (escaped text and JSON-escaped strings are fine).
    if (answer.body.includes(marker)) problems.push(`${name}: reflected the marker unescaped`);
    // A forged Host must never become an absolute URL: not in a redirect, not in a link of the page.
    if (/^location:\s*(https?:)?\/\/[^/\s]*evil\.example/im.test(answer.head) || /https?:\/\/evil\.example/.test(answer.body)) {
      problems.push(`${name}: followed a forged host`);
    }
  }
  expect(problems, problems.join("\n")).toEqual([]);
  const after = await send(request("GET", "/vetting"));
  expect(after.status).toBe(200);
});

test("the request guard knows every route handler of the build under /api/, and nothing else there", () => {
  const isApiRoute = apiRoutesOfBuild(".next")!;
  const handlers = readdirSync("app/api", { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("/route.ts")) // not route.dev.ts, which only `next dev` serves
    .map((file) => `/api/${file.replace(/\/?route\.ts$/, "")}`);
  expect(handlers).toContain("/api/subscribe/confirm");
  for (const path of handlers) {
    expect(isApiRoute(path), path).toBe(true);
    expect(isApiRoute(`${path}/`), `${path}/`).toBe(true); // Next redirects it to the route
  }
  for (const path of ["/api/nothing", "/api/subscribe/x", "/api/subscribe/confirm/x", "/api", "/api/", "/apis/subscribe"]) expect(isApiRoute(path), path).toBe(false);
});

test("requests a framework would answer with a 500 or a wrong 200 get the right 4xx, with the site's headers", async () => {
  const html = await (await fetch(`${SITE_URL}/vetting`)).text();
  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)![1];
  const cases: { name: string; raw: string; status: number; header?: [string, RegExp]; body?: RegExp }[] = [
    { name: "TRACE on a page", raw: request("TRACE", "/vetting"), status: 405, header: ["allow", /^GET, HEAD$/] },
    { name: "POST on a page", raw: request("POST", "/vetting", { "Content-Length": "0" }), status: 405 },
    { name: "PUT on a page", raw: request("PUT", "/vetting", { "Content-Length": "0" }), status: 405 },
    { name: "DELETE on a preview image", raw: request("DELETE", "/vetting/opengraph-image"), status: 405 },
    { name: "PATCH on a static file", raw: request("PATCH", chunk, { "Content-Length": "0" }), status: 405 },
    { name: "CONNECT", raw: `CONNECT ${hostname}:${port} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`, status: 405 },
    { name: "GET on a form endpoint", raw: request("GET", "/api/subscribe"), status: 405, header: ["allow", /^POST$/] },
    { name: "GET on the consultation endpoint", raw: request("GET", "/api/consultation"), status: 405, header: ["allow", /^POST$/] },
    // Next took this for a Server Action call: 409 and an error in the server log for every such request.
    { name: "multipart POST to an unknown API address", raw: request("POST", "/api/nothing", { "Content-Type": "multipart/form-data; boundary=zz", "Content-Length": "0" }), status: 404 },
    { name: "GET on an unknown API address", raw: request("GET", "/api/nothing"), status: 404 },
    { name: "unsatisfiable Range on a static chunk", raw: request("GET", chunk, { Range: "bytes=999999999-" }), status: 416, header: ["content-range", /^bytes \*\/\d+$/] },
    { name: "satisfiable Range on a static chunk", raw: request("GET", chunk, { Range: "bytes=0-9" }), status: 206 },
    // Next's file server answers these through an error page the build does not have: each was a 500.
    { name: "malformed Range on a static chunk", raw: request("GET", chunk, { Range: "bytes=abc" }), status: 416, header: ["content-range", /^bytes \*\/\d+$/] },
    { name: "reversed Range on a static chunk", raw: request("GET", chunk, { Range: "bytes=5-1" }), status: 416 },
    { name: "unsatisfiable Range on a file of public/", raw: request("GET", "/icon.svg", { Range: "bytes=999999999-" }), status: 416 },
    { name: "a failing If-Match on a file of public/", raw: request("GET", "/icon.svg", { "If-Match": '"nope"' }), status: 200 },
    { name: "If-Unmodified-Since long past on a font", raw: request("GET", "/fonts/inter-latin-400-normal.woff", { "If-Unmodified-Since": "Thu, 01 Jan 1970 00:00:00 GMT" }), status: 200 },
    { name: "a failing If-Match on a static chunk", raw: request("GET", chunk, { "If-Match": '"nope"' }), status: 200 },
    { name: "a 404 for a client that refuses gzip (q=0) comes plain", raw: request("GET", "/no-such-page", { "Accept-Encoding": "gzip;q=0, identity" }), status: 404, body: /<html/i },
    { name: "a router state header Next cannot read", raw: request("GET", "/search?q=a", { RSC: "1", "Next-Router-State-Tree": "x" }), status: 400 },
    { name: "Next's internal error page", raw: request("GET", "/_global-error"), status: 404 },
    { name: "a malformed escape", raw: request("GET", "/%E0%A4"), status: 400 },
    // Past Node's 16 KB of headers: it answered a bare 431, with no headers and no word for the reader.
    { name: "an address of 20 KB", raw: request("GET", `/plan?ai=${"x".repeat(20_000)}`), status: 431, body: /address is too long/ },
    { name: "a request line that is not HTTP", raw: "\u0000\u0001 garbage\r\n\r\n", status: 400, body: /could not be read/ },
  ];
  for (const c of cases) {
    const answer = await send(c.raw);
    expect(answer.status, c.name).toBe(c.status);
    expect(answer.head, `${c.name}: security headers`).toMatch(/^content-security-policy: default-src 'self'/im);
    if (c.header) expect(new RegExp(`^${c.header[0]}:\\s*(.*)$`, "im").exec(answer.head)?.[1].trim(), c.name).toMatch(c.header[1]);
    if (c.body) expect(answer.body, c.name).toMatch(c.body);
  }
});

test("an odd Accept-Encoding cannot make the server's cache send compressed bytes to clients that asked for none", async () => {
  const unique = Date.now().toString(36);
  for (const [path, accept] of [[`/search?q=poison${unique}`, "*"], [`/privacy?v=${unique}`, "GZIP"], [`/salaries?v=${unique}`, "gzip;q=0, *"]]) {
    const first = await send(request("GET", path, { "Accept-Encoding": accept }));
    expect(first.status, `${path} ${accept}`).toBe(200);
    // The next client asks for no compression at all: it must get plain HTML, whatever the first one got.
    for (let i = 0; i < 2; i++) {
      const plain = await send(request("GET", path));
      expect(plain.status, path).toBe(200);
      expect(plain.head, `${path} after "${accept}"`).not.toMatch(/^content-encoding:/im);
      expect(plain.body, path).toMatch(/<!DOCTYPE html>/i); // (after a chunk size when not from the cache)
    }
  }
});

test("an address with %-escaped letters gets the page it names, not a 500", async () => {
  for (const [path, to] of [["/priv%61cy", "/privacy"], ["/%61dmin", "/admin"], ["/sub%73cribe?x=1", "/subscribe?x=1"], ["/vetting/%61rchitect-questions", "/vetting/architect-questions"]]) {
    const answer = await send(request("GET", path));
    expect(answer.status, path).toBe(308);
    expect(/^location:\s*(.*)$/im.exec(answer.head)?.[1].trim(), path).toBe(to);
  }
});

test("a client that refuses gzip gets plain bytes from the server's cache, after a gzip client filled it", async () => {
  const unique = Date.now().toString(36);
  for (const path of [`/privacy?v=${unique}`, `/search?q=refuse${unique}`]) {
    expect((await send(request("GET", path, { "Accept-Encoding": "gzip" }))).head, path).toMatch(/^content-encoding: gzip/im);
    for (const accept of ["gzip;q=0, identity", "gzip;q=0"]) {
      const plain = await send(request("GET", path, { "Accept-Encoding": accept }));
      expect(plain.status, `${path} ${accept}`).toBe(200);
      expect(plain.head, `${path} ${accept}`).not.toMatch(/^content-encoding:/im);
      expect(plain.body, `${path} ${accept}`).toMatch(/<!DOCTYPE html>/i);
    }
  }
});

test("'.' and '..' segments sent as written (scanners, curl --path-as-is) are resolved before any check: a 308 or the 404, never a 500", async () => {
  const page = await send(request("GET", "/vetting"));
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)![1];
  const cases: [string, Record<string, string>, number, string?][] = [
    ["/./_global-error", {}, 404],
    ["/x/%2e%2e/_global-error", {}, 404],
    [stylesheet.replace("/_next/", "/_next/./"), { Range: "bytes=999999999-" }, 308, stylesheet],
    [stylesheet.replace("/_next/", "/_next/./"), { "If-Match": '"x"' }, 308, stylesheet],
    ["/x/../vetting/section-not-found", {}, 308, "/vetting/section-not-found"],
    ["/vetting/%2e%2e?q=1", {}, 308, "/?q=1"],
  ];
  for (const [path, headers, status, location] of cases) {
    const answer = await send(request("GET", path, headers));
    expect(answer.status, path).toBe(status);
    if (location) expect(/^location:\s*(.*)$/im.exec(answer.head)?.[1].trim(), path).toBe(location);
  }
  // Where the 308 leads, the guard's usual answers: a section that does not exist is the 404 at its own address.
  expect((await send(request("GET", "/vetting/section-not-found"))).status).toBe(404);
});

test("a request that also asks to upgrade the connection (curl --http2, h2c) gets its page over HTTP/1.1, not a closed connection", async () => {
  for (const [path, status] of [["/vetting", 200], ["/api/health", 200], ["/nope", 404]] as const) {
    const answer = await send(request("GET", path, { Connection: "Upgrade, HTTP2-Settings", Upgrade: "h2c", "HTTP2-Settings": "AAMAAABkAARAAAAAAAIAAAAA" }));
    expect(answer.status, path).toBe(status);
  }
  const websocket = await send(request("GET", "/nope", { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==" }));
  expect(websocket.status).toBe(404);
});
