import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sectionNotFoundSegment } from "../section-segments";
import Negotiator from "negotiator";

/** A prerendered page, plain and gzipped, or undefined when the build has none at `file`. */
function readPrerendered(file: string): NotFoundDocument | undefined {
  try {
    const html = readFileSync(file);
    return { html, gzip: gzipSync(html, { level: 9 }) };
  } catch {
    return undefined;
  }
}

/**
 * The document each 404 page leaves this server as, by the chapter of its path when that is a share page's
 * (`/<chapter>/<anything>`, build-output.ts prerenderedOfBuild): that chapter's section-not-found page (its
 * sections, lib/section-segments.ts), where a shared link to a renamed section lands; the site's not-found page
 * for the rest. Read once each, when first needed.
 *
 * Also a WORKAROUND for a Next.js bug (vercel/next.js#62228, open; also #57583, #97000, #98954): when a page
 * rendered per request calls notFound() (an unknown section share page, /admin without the token, a bad
 * result-page reference), Next answers 404 with an empty <body>: the not-found page exists only in the RSC
 * data and appears after hydration, so without JavaScript the reader sees a blank page. An address that
 * matches no route gets the prerendered not-found page instead, which works everywhere. So every 404 HTML
 * document leaves as a prerendered page, whatever Next wrote. RSC requests (client navigations) are left
 * alone: there the client renders the not-found page itself.
 */
export function notFoundDocuments(distDir: string): (shareChapter: string | undefined) => NotFoundDocument | undefined {
  const app = path.join(distDir, "server", "app");
  const site = readPrerendered(path.join(app, "_not-found.html"));
  const byChapter = new Map<string, NotFoundDocument | undefined>();
  return (chapter) => {
    if (chapter === undefined) return site;
    if (!byChapter.has(chapter)) byChapter.set(chapter, readPrerendered(path.join(app, chapter, `${sectionNotFoundSegment}.html`)));
    return byChapter.get(chapter) ?? site;
  };
}

/** A prerendered not-found page, plain and gzipped. */
export interface NotFoundDocument {
  html: Buffer;
  gzip: Buffer;
}

/** Replaces the body of a 404 HTML document response with `document` (see above). */
export function serveNotFoundDocument(req: IncomingMessage, res: ServerResponse, prerendered: NotFoundDocument): void {
  if (req.headers.rsc !== undefined || (req.method !== "GET" && req.method !== "HEAD")) return;
  // As Next's compression negotiates it (q-values included): "gzip;q=0" asks for the plain page.
  const gzip = new Negotiator(req).encoding(["gzip", "identity"]) === "gzip";
  const document = gzip ? prerendered.gzip : prerendered.html;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let swapping: boolean | undefined;
  /** Decides once, before any header leaves: a 404 whose type is HTML gets the prerendered page. */
  const decide = (status: number, headers?: Record<string, unknown>) => {
    if (swapping === undefined) {
      const type = String(headers?.["content-type"] ?? headers?.["Content-Type"] ?? res.getHeader("content-type") ?? "");
      swapping = status === 404 && type.startsWith("text/html");
      if (swapping) {
        for (const name of ["content-encoding", "transfer-encoding", "content-length", "etag"]) res.removeHeader(name);
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.setHeader("content-length", document.length);
        res.setHeader("vary", "Accept-Encoding");
        if (gzip) res.setHeader("content-encoding", "gzip");
      }
    }
    return swapping;
  };
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg)) as Record<string, unknown> | undefined;
    if (!decide(status, headers)) return writeHead(status, ...rest);
    // Keep Next's other headers (security headers, cache rules), not the ones that describe its body.
    const kept = Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !/^(content-(encoding|length|type)|transfer-encoding|etag|vary)$/i.test(name)));
    return writeHead(status, kept);
  }) as typeof res.writeHead;
  res.write = ((...args: unknown[]) => (decide(res.statusCode) ? true : write(...args))) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (!decide(res.statusCode)) return end(...args);
    const callback = args.find((arg) => typeof arg === "function");
    return end(req.method === "HEAD" ? undefined : document, callback);
  }) as typeof res.end;
}
