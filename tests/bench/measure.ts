/**
 * Page weight of a running server: per route as Chromium loads it (browser.ts), plus the deterministic
 * figures computed from the server HTML (bytes.ts). Library for run.ts and budgets.ts, and a CLI:
 *
 *   npx tsx tests/bench/measure.ts --base http://localhost:3600 [--root .]
 */
import type { Browser } from "playwright-core";
import { pathToFileURL } from "node:url";
import { launchChromium, measureLoad, type PageLoad } from "./browser";
import { chapterLinkCounts, chapterSlugs, chapterText, firstLoadCss, firstLoadJs, gzipSize, htmlBreakdown, htmlToTextRatio, httpLoader, type HtmlBreakdown } from "./bytes";
import { kib, markdownTable } from "./table";

export * from "./bytes";
export * from "./browser";

/**
 * The routes of the page-weight table. `text` routes (Markdown, llms.txt, the Atom feed) are not pages a
 * browser renders: only their body is measured (in the HTML columns). Routes answering 404 show "n/a".
 */
export const routes: readonly { name: string; path: string; text?: boolean }[] = [
  { name: "home", path: "/" },
  { name: "chapter", path: "/vetting" },
  { name: "FAQ", path: "/faq" },
  { name: "salaries", path: "/salaries" },
  { name: "search", path: "/search?q=architect" },
  { name: "share page", path: "/vetting/architect-questions" },
  { name: "tool: plan", path: "/plan" },
  { name: "tool: scorecard", path: "/scorecard" },
  { name: "tool: job descriptions", path: "/job-descriptions" },
  { name: "form: subscribe", path: "/subscribe" },
  { name: "form: consultation", path: "/consultation" },
  { name: "privacy", path: "/privacy" },
  { name: "print", path: "/print" },
  { name: "chapter as Markdown", path: "/vetting.md", text: true },
  { name: "llms.txt", path: "/llms.txt", text: true },
  { name: "Atom feed", path: "/feed.xml", text: true },
];

/** One row of the page-weight table; `load` is undefined when the route answers 404 (n/a) or is a text route. */
export interface RouteWeight {
  name: string;
  path: string;
  status: number;
  load?: PageLoad;
  /** Deterministic: `<script src>` of the server HTML, gzipped and summed (bytes.ts firstLoadJs). */
  firstLoadJsGzip?: number;
  /** Body of a text route: raw and gzip bytes. */
  body?: { raw: number; gzip: number };
}

/** Server HTML of a path (throws on a network error, not on a 4xx). */
export async function fetchHtml(base: string, path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(new URL(path, base), { headers: { "accept-encoding": "identity" } });
  return { status: response.status, html: await response.text() };
}

/** Measures every route of `list` in Chromium, one after the other. */
export async function measureRoutes(base: string, browser: Browser, list = routes): Promise<RouteWeight[]> {
  const rows: RouteWeight[] = [];
  for (const route of list) {
    const { status, html } = await fetchHtml(base, route.path);
    if (status === 404) rows.push({ ...route, status });
    else if (route.text) rows.push({ ...route, status, body: { raw: Buffer.byteLength(html), gzip: gzipSize(html) } });
    else {
      const load = await measureLoad(browser, new URL(route.path, base).href);
      rows.push({ ...route, status, load, firstLoadJsGzip: (await firstLoadJs(html, httpLoader(base))).gzip });
    }
  }
  return rows;
}

/** The page-weight table (KiB). */
export function routeTable(rows: RouteWeight[]): string {
  const headers = ["route", "path", "HTML raw", "HTML gz", "CSS raw", "CSS gz", "JS raw", "JS gz", "first-load JS gz (HTML)", "requests", "prefetch req", "prefetch raw", "prefetch gz"];
  const blank = (n: number, text: string) => Array<string>(n).fill(text);
  return markdownTable(
    headers,
    rows.map((r) =>
      r.load
        ? [r.name, `\`${r.path}\``, kib(r.load.html.raw), kib(r.load.html.gzip), kib(r.load.css.raw), kib(r.load.css.gzip), kib(r.load.js.raw), kib(r.load.js.gzip), kib(r.firstLoadJsGzip ?? 0), r.load.initialRequests, r.load.prefetch.requests, kib(r.load.prefetch.raw), kib(r.load.prefetch.gzip)]
        : r.body
          ? [r.name, `\`${r.path}\``, kib(r.body.raw), kib(r.body.gzip), ...blank(headers.length - 4, "–")]
          : [r.name, `\`${r.path}\``, ...blank(headers.length - 2, "n/a")],
    ),
  );
}

/** Deterministic figures of one chapter page, from its server HTML and the content pipeline. */
export interface ChapterFigures {
  path: string;
  htmlRaw: number;
  htmlGzip: number;
  textGzip: number;
  /** htmlGzip / textGzip; target ≤ 3. */
  ratio: number;
  breakdown: HtmlBreakdown;
  links: { markup: number; payload: number };
  jsGzip: number;
  cssGzip: number;
}

/** Figures of the chapter `slug` served at `base`, whose sources are under `root`. */
export async function measureChapter(base: string, root: string, slug: string, slugs?: string[]): Promise<ChapterFigures> {
  const path = `/${slug}`;
  const { status, html } = await fetchHtml(base, path);
  if (status !== 200) throw new Error(`${path}: HTTP ${status}`);
  const { htmlGzip, textGzip, ratio } = htmlToTextRatio(html, await chapterText(root, slug));
  const load = httpLoader(base);
  return {
    path,
    htmlRaw: Buffer.byteLength(html),
    htmlGzip,
    textGzip,
    ratio,
    breakdown: htmlBreakdown(html),
    links: chapterLinkCounts(html, slugs ?? (await chapterSlugs(root))),
    jsGzip: (await firstLoadJs(html, load)).gzip,
    cssGzip: (await firstLoadCss(html, load)).gzip,
  };
}

/** Gzip bytes of a URL's body (e.g. /api/search?q=architect), or undefined when it answers 404. */
export async function gzipOf(base: string, path: string): Promise<number | undefined> {
  const response = await fetch(new URL(path, base), { headers: { "accept-encoding": "identity" } });
  if (response.status === 404) return undefined;
  return gzipSize(Buffer.from(await response.arrayBuffer()));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const flag = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
  const base = flag("--base", "http://localhost:3600");
  const browser = await launchChromium();
  try {
    console.log(routeTable(await measureRoutes(base, browser)));
    const c = await measureChapter(base, flag("--root", process.cwd()), "vetting");
    console.log(`\n/vetting: HTML ${kib(c.htmlGzip)} KiB gz, text ${kib(c.textGzip)} KiB gz, ratio ${c.ratio.toFixed(2)}, chapter links ${c.links.markup} in markup + ${c.links.payload} in payload`);
  } finally {
    await browser.close();
  }
}
