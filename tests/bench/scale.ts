/**
 * Build scaling (issue 12): `next build` and `npm run check` of a project folder (the real guide, or a
 * generated copy from generate.ts), then what the built site serves as chapters grow.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { measureLoad } from "./browser";
import { gzipOf, measureChapter, type ChapterFigures } from "./measure";
import { capture, timed } from "./procs";
import { startOurs } from "./servers";
import { kib, markdownTable, mib } from "./table";
import { load, type LoadResult } from "./throughput";
import type { PageLoad } from "./browser";

/** Build figures of one project folder. */
export interface BuildFigures {
  buildSeconds: number;
  /** Peak summed RSS of the `next build` process tree (sampled from /proc every 100 ms). */
  buildPeakRss: number;
  /** Peak summed PSS of the same tree (shared pages counted once). */
  buildPeakPss: number;
  /** Apparent size of `.next` after the build (`du -sb`). */
  nextBytes: number;
  checkSeconds: number;
}

/** A build that takes longer than this is stopped and reported as such (the target is 120 s at 500 chapters). */
export const buildTimeoutMs = 50 * 60_000;

/**
 * `npm run check` then `next build` in `dir`, timed; throws if either fails. `.next` is removed first: Next
 * keeps a build cache in it (.next/cache, Turbopack's file-system cache), and a warm cache would make the
 * real guide's build incomparable with the generated copies, which always build cold.
 */
export async function buildAndCheck(dir: string, siteUrl: string): Promise<BuildFigures> {
  rmSync(path.join(dir, ".next"), { recursive: true, force: true });
  const check = await timed("npm", ["run", "-s", "check"], { cwd: dir });
  if (check.exitCode !== 0) throw new Error(`npm run check failed in ${dir}:\n${check.output}`);
  const build = await timed("npx", ["next", "build"], { cwd: dir, env: { SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: "1" }, timeoutMs: buildTimeoutMs });
  if (build.exitCode === 124) throw new Error(`next build in ${dir} did not finish within ${buildTimeoutMs / 60_000} min (peak ${mib(build.peakRssBytes)} MiB)`);
  if (build.exitCode !== 0) throw new Error(`next build failed in ${dir}:\n${build.output}`);
  const du = await capture("du", ["-sb", ".next"], dir);
  return { buildSeconds: build.seconds, buildPeakRss: build.peakRssBytes, buildPeakPss: build.peakPssBytes, nextBytes: Number(du.split(/\s+/)[0]), checkSeconds: check.seconds };
}

/** What the built site serves at one size of the guide. */
export interface ScaleRow {
  name: string;
  chapters: number;
  build: BuildFigures;
  vetting: ChapterFigures;
  vettingLoad: PageLoad;
  /** A generated chapter (absent for the real guide). */
  generated?: { path: string; load: PageLoad };
  /** What the search dialog downloads for one query: gzip bytes of /api/search?q=architect. */
  dialogGzip?: number;
  search20: LoadResult;
  /** /search at 20 connections with a query never seen before on every request. */
  fresh20: LoadResult;
}

/**
 * Serves the built `dir` with the production server on `port` and measures /vetting, one generated chapter,
 * /api/search?q=architect (what the dialog downloads) and /search?q=architect at 20 connections. Stops the
 * server before returning.
 */
export async function measureServed(
  dir: string,
  port: number,
  browser: Browser,
  info: { name: string; slugs: string[]; generatedSlug?: string; build: BuildFigures },
): Promise<ScaleRow> {
  const base = `http://localhost:${port}`;
  const server = await startOurs(dir, port);
  try {
    const vetting = await measureChapter(base, dir, "vetting", info.slugs);
    const vettingLoad = await measureLoad(browser, `${base}/vetting`);
    const generated = info.generatedSlug ? { path: `/${info.generatedSlug}`, load: await measureLoad(browser, `${base}/${info.generatedSlug}`) } : undefined;
    const dialogGzip = await gzipOf(base, "/api/search?q=architect");
    const search20 = await load(`${base}/search?q=architect`, { connections: 20 });
    const fresh20 = await load(`${base}/search?q=architect`, { connections: 20, newQueries: true });
    return { name: info.name, chapters: info.slugs.length, build: info.build, vetting, vettingLoad, generated, dialogGzip, search20, fresh20 };
  } finally {
    await server.stop();
  }
}

/** The scaling table: one row per size of the guide. */
export function scaleTable(rows: ScaleRow[]): string {
  return markdownTable(
    [
      "guide", "chapters", "build s", "build peak MiB (RSS / PSS)", ".next MiB", "check s",
      "/vetting HTML raw KiB", "/vetting HTML gz KiB", "HTML gz ÷ text gz", "chapter links markup / payload",
      "/vetting prefetch req", "/vetting prefetch gz KiB", "generated chapter HTML raw / gz KiB", "its prefetch req / gz KiB",
      "dialog download per query (gz KiB of /api/search?q=architect)", "/search c20 req/s", "/search c20 p99 ms", "/search c20, new query each request: req/s / p99 ms",
    ],
    rows.map((r) => [
      r.name,
      r.chapters,
      ...(Number.isNaN(r.build.buildSeconds)
        ? ["n/a (--no-build)", "n/a", "n/a", "n/a"]
        : [r.build.buildSeconds.toFixed(1), `${mib(r.build.buildPeakRss)} / ${mib(r.build.buildPeakPss)}`, mib(r.build.nextBytes), r.build.checkSeconds.toFixed(1)]),
      kib(r.vetting.htmlRaw),
      kib(r.vetting.htmlGzip),
      r.vetting.ratio.toFixed(2),
      `${r.vetting.links.markup} / ${r.vetting.links.payload}`,
      r.vettingLoad.prefetch.requests,
      kib(r.vettingLoad.prefetch.gzip),
      r.generated ? `${kib(r.generated.load.html.raw)} / ${kib(r.generated.load.html.gzip)}` : "n/a",
      r.generated ? `${r.generated.load.prefetch.requests} / ${kib(r.generated.load.prefetch.gzip)}` : "n/a",
      r.dialogGzip === undefined ? "n/a" : kib(r.dialogGzip),
      Math.round(r.search20.reqPerSec),
      `${Math.round(r.search20.p99Ms)}${r.search20.errors ? ` (${r.search20.errors} errors/timeouts)` : ""}`,
      `${Math.round(r.fresh20.reqPerSec)} / ${Math.round(r.fresh20.p99Ms)}${r.fresh20.errors ? ` (${r.fresh20.errors} errors/timeouts)` : ""}`,
    ]),
  );
}
