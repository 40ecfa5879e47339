/**
 * Deterministic byte figures of a page, computed from its server HTML alone (no browser, no timing):
 * first-load JavaScript and CSS, the HTML against the chapter's own text, and chapter links in the page.
 * `npm test` uses these for its byte budgets (see budgets.ts), so they must give the same number every run.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Gzip size of some bytes, at zlib's default level 6: what `next start` sends (its `compression`
 * middleware uses zlib's defaults). Deterministic for the same input.
 */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 6 }).length;
}

/** Raw and gzip bytes of a set of files. */
export interface Bytes {
  files: number;
  raw: number;
  gzip: number;
}

const decodeEntities = (s: string) => s.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'");
const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag)?.slice(1).find((v) => v !== undefined);

/**
 * `src` of every external `<script src>` in the HTML, in document order, without duplicates. Scripts marked
 * `nomodule` (Next's polyfills, ~110 KB raw) are left out: every browser that runs modules skips them, so
 * Chromium never downloads them.
 */
export function scriptSources(html: string): string[] {
  const found = [...html.matchAll(/<script\b[^>]*>/gi)]
    .filter((m) => !/\snomodule(\s|=|>|\/)/i.test(m[0]))
    .map((m) => attr(m[0], "src"))
    .filter((src): src is string => !!src);
  return [...new Set(found.map(decodeEntities))];
}

/** `href` of every `<link rel="stylesheet">` in the HTML, in document order, without duplicates. */
export function stylesheetHrefs(html: string): string[] {
  const found = [...html.matchAll(/<link\b[^>]*>/gi)]
    .filter((m) => /(^|\s)stylesheet(\s|$)/i.test(attr(m[0], "rel") ?? ""))
    .map((m) => attr(m[0], "href"))
    .filter((href): href is string => !!href);
  return [...new Set(found.map(decodeEntities))];
}

/** Fetches one asset referenced by a page (a root-relative or absolute URL) and returns its bytes. */
export type AssetLoader = (url: string) => Promise<Buffer>;

/** Loads assets from a running server. */
export function httpLoader(base: string): AssetLoader {
  return async (url) => {
    const response = await fetch(new URL(url, base), { headers: { "accept-encoding": "identity" } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
}

/** Loads `/_next/static/…` assets straight from a build's `.next/static` folder (no server needed). */
export function diskLoader(nextDir: string): AssetLoader {
  return async (url) => {
    const { pathname } = new URL(url, "http://x");
    if (!pathname.startsWith("/_next/static/")) throw new Error(`${url} is not a /_next/static/ asset`);
    return readFile(path.join(nextDir, "static", decodeURIComponent(pathname.slice("/_next/static/".length))));
  };
}

async function sum(urls: string[], load: AssetLoader): Promise<Bytes> {
  const bodies = await Promise.all(urls.map(load));
  return { files: bodies.length, raw: bodies.reduce((s, b) => s + b.length, 0), gzip: bodies.reduce((s, b) => s + gzipSize(b), 0) };
}

/**
 * First-load JavaScript of a page: every `<script src>` its HTML references, each gzipped on its own (as
 * served) and summed. Inline scripts (the RSC payload) are not counted here: they are part of the HTML bytes.
 */
export function firstLoadJs(html: string, load: AssetLoader): Promise<Bytes> {
  return sum(scriptSources(html), load);
}

/** CSS of a page: every `<link rel="stylesheet">` its HTML references, each gzipped and summed. */
export function firstLoadCss(html: string, load: AssetLoader): Promise<Bytes> {
  return sum(stylesheetHrefs(html), load);
}

/**
 * A chapter's own text, defined as: the frontmatter `title` and `description`, then for every section of
 * `analysis.sections` (from `loadContent` in lib/content/load.ts, the one content pipeline) its heading
 * `title` (if any) and its plain `text`, joined with newlines, encoded as UTF-8. That is the words a reader
 * gets from the page body, without markup, chrome, navigation or scripts.
 */
export async function chapterText(root: string, slug: string): Promise<string> {
  const { loadContent } = await import("../../lib/content/load");
  const { chapters } = await loadContent(root);
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) throw new Error(`no published chapter "${slug}" under ${root}`);
  const parts = [chapter.frontmatter.title, chapter.frontmatter.description];
  for (const section of chapter.analysis.sections) parts.push(...[section.title ?? "", section.text].filter(Boolean));
  return parts.join("\n");
}

/** Slugs of the published chapters under `root`, in reading order. */
export async function chapterSlugs(root: string): Promise<string[]> {
  const { loadContent } = await import("../../lib/content/load");
  return (await loadContent(root)).chapters.map((c) => c.slug);
}

/** Gzip size of a chapter's HTML divided by the gzip size of its own text (`chapterText`). Target ≤ 3. */
export function htmlToTextRatio(html: string, text: string): { htmlGzip: number; textGzip: number; ratio: number } {
  const htmlGzip = gzipSize(html);
  const textGzip = gzipSize(text);
  return { htmlGzip, textGzip, ratio: htmlGzip / textGzip };
}

/**
 * The page split into its markup (every `<script>` element's content removed) and its inline RSC payload
 * (the strings pushed by `self.__next_f.push([1, "…"])`, JSON-decoded and concatenated).
 */
export function splitPayload(html: string): { markup: string; payload: string } {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, "$1$2");
  let payload = "";
  for (const match of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) payload += JSON.parse(match[1]) as string;
  return { markup, payload };
}

/** Where a chapter page's gzip bytes go: each part gzipped on its own (so the parts do not add up to the whole). */
export interface HtmlBreakdown {
  /** The `<article>` element: the chapter as the reader sees it, with its headings, anchors and buttons. */
  articleGzip: number;
  /** Everything else in the markup: head (metadata, JSON-LD), header, chapter list, newsletter forms, footer. */
  chromeGzip: number;
  /** The inline RSC payload React needs to hydrate the page (the `self.__next_f.push` scripts). */
  payloadGzip: number;
}

/** Splits a chapter page into its article markup, the rest of its markup and its inline RSC payload. */
export function htmlBreakdown(html: string): HtmlBreakdown {
  const payloadScript = /<script>self\.__next_f\.push[\s\S]*?<\/script>/g;
  const payloadScripts = [...html.matchAll(payloadScript)].map((m) => m[0]).join("");
  const markup = html.replace(payloadScript, "");
  const article = /<article[\s\S]*?<\/article>/.exec(markup)?.[0] ?? "";
  return { articleGzip: gzipSize(article), chromeGzip: gzipSize(markup.replace(article, "")), payloadGzip: gzipSize(payloadScripts) };
}

/**
 * Links to chapter pages in a page: `href` values equal to `/<slug>` or `/<slug>#…` for a published chapter
 * slug, counted in the markup (`<a href>`) and in the RSC payload (`"href":"…"`) separately.
 */
export function chapterLinkCounts(html: string, slugs: readonly string[]): { markup: number; payload: number } {
  const chapters = new Set(slugs.map((slug) => `/${slug}`));
  const isChapter = (href: string) => chapters.has(decodeEntities(href).split("#")[0]);
  const { markup, payload } = splitPayload(html);
  const inMarkup = [...markup.matchAll(/<a\b[^>]*>/gi)].map((m) => attr(m[0], "href") ?? "").filter(isChapter).length;
  const inPayload = [...payload.matchAll(/"href":"([^"]*)"/g)].map((m) => m[1]).filter(isChapter).length;
  return { markup: inMarkup, payload: inPayload };
}
