/**
 * What Debian's Chromium downloads for a page: every response, by kind, split into the initial load and
 * the speculative requests (Next's RSC prefetches) it makes while the reader idles without touching anything.
 */
import { chromium, type Browser } from "playwright-core";
import { gzipSize } from "./bytes";

import { chromiumFlags, chromiumPath } from "../support/chromium";

// The same browser and flags as the browser tests, so the bench sees what they see.
export { chromiumFlags, chromiumPath };

/** Launches Debian's Chromium (never a downloaded one). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/** Requests, raw bytes (decoded body) and gzip bytes (body gzipped at level 6, as `next start` sends it). */
export interface Tally {
  requests: number;
  raw: number;
  gzip: number;
}
const empty = (): Tally => ({ requests: 0, raw: 0, gzip: 0 });

/** One page as Chromium loads it. */
export interface PageLoad {
  url: string;
  status: number;
  /** Initial load, by kind: the document, stylesheets, scripts, everything else (fonts, images, icons). */
  html: Tally;
  css: Tally;
  js: Tally;
  other: Tally;
  /** All requests of the initial load. */
  initialRequests: number;
  /** RSC requests (`?_rsc=`, `RSC: 1` or `Next-Router-Prefetch` header) made without interaction. */
  prefetch: Tally;
}

/** True for Next's speculative RSC fetches. Without interaction every RSC fetch is speculative. */
export function isSpeculative(url: string, headers: Record<string, string>): boolean {
  return new URL(url).searchParams.has("_rsc") || headers["next-router-prefetch"] !== undefined || headers.rsc === "1";
}

/**
 * Loads `url` in a fresh context (1400×900 desktop viewport, empty cache), waits for the `load` event,
 * then idles `idleMs` without input, recording every finished response. Response bodies are read
 * decoded; their gzip size is computed, so the figures do not depend on what the server chose to compress.
 */
export async function measureLoad(browser: Browser, url: string, idleMs = 5000): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const result: PageLoad = { url, status: 0, html: empty(), css: empty(), js: empty(), other: empty(), initialRequests: 0, prefetch: empty() };
  const pending: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const add = (t: Tally) => {
          t.requests++;
          t.raw += body.length;
          t.gzip += body.length ? gzipSize(body) : 0;
        };
        if (isSpeculative(request.url(), await request.allHeaders())) return add(result.prefetch);
        result.initialRequests++;
        const type = request.resourceType();
        add(type === "document" ? result.html : type === "stylesheet" ? result.css : type === "script" ? result.js : result.other);
      })(),
    );
  });
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    result.status = response?.status() ?? 0;
    await page.waitForTimeout(idleMs);
    await Promise.all(pending);
  } finally {
    await context.close();
  }
  return result;
}
