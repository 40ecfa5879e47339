/**
 * The targets of issue 12, judged one by one from the figures of one `npm run bench` run: what each target
 * asks, the figure measured, and whether it is met. A target whose figures were not measured in this run
 * (--quick, --skip-…, a failed build) says "not measured" rather than guessing.
 */
import type { ChapterFigures } from "./measure";
import type { LighthouseFigures } from "./lighthouse";
import type { ScaleRow } from "./scale";
import { kib, markdownTable, mib } from "./table";
import type { ThroughputFigures } from "./throughput-run";

/** Everything the verdicts are computed from. */
export interface TargetInputs {
  /** /vetting of the real guide, served by our production server. */
  vetting: ChapterFigures;
  baselineGzip: number;
  /** First-load JS gzip of the article-type pages whose budget issue 10/12 set. */
  jsByPage: { path: string; gzip: number }[];
  /** Speculative (prefetch) bytes of /vetting in Chromium without interaction, gzip. */
  vettingPrefetchGzip?: number;
  scale: ScaleRow[];
  throughput?: ThroughputFigures;
  lighthouse: (LighthouseFigures & { name: string })[];
  /** Status our server gives a malformed %-escape, and the proxy/middleware files present in the project. */
  malformed: { status: number; proxyFiles: string[] };
  nextImageOnVetting: boolean;
}

type Verdict = [target: string, figure: string, met: boolean | undefined];

const yes = (met: boolean | undefined) => (met === undefined ? "not measured" : met ? "**met**" : "**not met**");
const ratioLine = (row: ScaleRow) => `${row.chapters} chapters: ${row.vetting.ratio.toFixed(2)}×`;

/** The targets table. */
export function targetsTable(t: TargetInputs): string {
  const real = t.scale.find((row) => !row.generated) ?? undefined;
  const generated = t.scale.filter((row) => row.generated);
  const at = (n: number) => generated.find((row) => row.name === `+${n} generated`);
  const g100 = at(100);
  const g500 = at(500);
  const jsLimit = t.baselineGzip + 15 * 1024;
  const tp = t.throughput;
  const lighthouseAll100 = t.lighthouse.every((l) => [l.performance, l.accessibility, l.bestPractices, l.seo].every((score) => score === 100));
  const verdicts: Verdict[] = [
    [
      "chapter HTML gzip ≤ 3 × gzip of its own text",
      [`8 chapters: ${t.vetting.ratio.toFixed(2)}× (${kib(t.vetting.htmlGzip)} KiB ÷ ${kib(t.vetting.textGzip)} KiB)`, ...generated.map(ratioLine)].join("; "),
      [t.vetting, ...generated.map((row) => row.vetting)].every((v) => v.ratio <= 3),
    ],
    [
      "chapter HTML independent of the chapter count: at 100 within 1.3× of its size at 8",
      g100 && real ? `/vetting ${kib(g100.vetting.htmlGzip)} KiB gz at ${g100.chapters} vs ${kib(real.vetting.htmlGzip)} KiB at ${real.chapters}: ${(g100.vetting.htmlGzip / real.vetting.htmlGzip).toFixed(2)}×${g500 ? `; at ${g500.chapters}: ${(g500.vetting.htmlGzip / real.vetting.htmlGzip).toFixed(2)}×` : ""}` : "n/a",
      g100 && real ? g100.vetting.htmlGzip <= 1.3 * real.vetting.htmlGzip : undefined,
    ],
    [
      "prefetch without interaction ≤ 30 KiB on /vetting",
      t.vettingPrefetchGzip === undefined ? "n/a" : `${kib(t.vettingPrefetchGzip)} KiB gz${generated.map((row) => `; ${row.chapters} chapters: ${kib(row.vettingLoad.prefetch.gzip)} KiB`).join("")}`,
      t.vettingPrefetchGzip === undefined ? undefined : [t.vettingPrefetchGzip, ...generated.map((row) => row.vettingLoad.prefetch.gzip)].every((b) => b <= 30 * 1024),
    ],
    [
      "chapter req/s ≥ 0.8 × plain Next.js + @next/mdx (same text, same run)",
      tp?.plainReqPerSec ? `${Math.round(tp.chapterReqPerSec)} vs ${Math.round(tp.plainReqPerSec)} req/s: ${(tp.chapterReqPerSec / tp.plainReqPerSec).toFixed(2)}×` : "n/a",
      tp?.plainReqPerSec ? tp.chapterReqPerSec >= 0.8 * tp.plainReqPerSec : undefined,
    ],
    [
      "malformed addresses still get their 400, without a proxy on every request",
      `\`/%E0%A4%A\` → ${t.malformed.status}; proxy/middleware files: ${t.malformed.proxyFiles.join(", ") || "none"}`,
      t.malformed.status === 400 && t.malformed.proxyFiles.length === 0,
    ],
    [
      "/search ≥ 0.5 × a chapter's req/s (real guide, 50 connections)",
      tp
        ? `${Math.round(tp.searchReqPerSec)} vs ${Math.round(tp.chapterReqPerSec)} req/s: ${(tp.searchReqPerSec / tp.chapterReqPerSec).toFixed(2)}× (one query repeated, as the issue measured; a new query on every request: ${Math.round(tp.searchNewReqPerSec)} req/s, ${(tp.searchNewReqPerSec / tp.chapterReqPerSec).toFixed(2)}×)`
        : "n/a",
      tp ? tp.searchReqPerSec >= 0.5 * tp.chapterReqPerSec : undefined,
    ],
    [
      "/search p99 < 100 ms at 20 connections with 500 chapters (judged on both: one query repeated, and a new query on every request)",
      g500
        ? `${g500.chapters} chapters: ${Math.round(g500.search20.p99Ms)} ms repeated (${Math.round(g500.search20.reqPerSec)} req/s), ${Math.round(g500.fresh20.p99Ms)} ms new queries (${Math.round(g500.fresh20.reqPerSec)} req/s)`
        : "n/a",
      g500 ? [g500.search20, g500.fresh20].every((r) => r.p99Ms < 100 && r.errors === 0) : undefined,
    ],
    [
      "search dialog downloads ≤ 100 KiB gzip per query at 500 chapters",
      g500?.dialogGzip !== undefined ? `${kib(g500.dialogGzip)} KiB (/api/search?q=architect at ${g500.chapters} chapters)` : "n/a",
      g500?.dialogGzip !== undefined ? g500.dialogGzip <= 100 * 1024 : undefined,
    ],
    [
      "500 chapters: build ≤ 120 s, peak memory ≤ 1.5 GiB (summed RSS of the build's processes), .next ≤ 1 GiB",
      g500 ? `${g500.build.buildSeconds.toFixed(0)} s (cold), ${mib(g500.build.buildPeakRss)} MiB RSS (${mib(g500.build.buildPeakPss)} MiB PSS), .next ${mib(g500.build.nextBytes)} MiB` : "n/a",
      g500 ? g500.build.buildSeconds <= 120 && g500.build.buildPeakRss <= 1.5 * 1024 ** 3 && g500.build.nextBytes <= 1024 ** 3 : undefined,
    ],
    ["next/image only on pages that use <Figure> (no chapter does)", `next/image runtime in /vetting's scripts: ${t.nextImageOnVetting ? "yes" : "no"}`, !t.nextImageOnVetting],
    [
      "Lighthouse 100 in all four categories (chapter, home and a shared section)",
      t.lighthouse.length ? t.lighthouse.map((l) => `${l.name} ${l.performance}/${l.accessibility}/${l.bestPractices}/${l.seo}`).join("; ") : "n/a",
      t.lighthouse.length ? lighthouseAll100 : undefined,
    ],
    [
      "first-load JS ≤ framework baseline + 15 KiB",
      `limit ${kib(jsLimit)} KiB; ${t.jsByPage.map((p) => `${p.path} ${kib(p.gzip)} KiB`).join(", ")}`,
      t.jsByPage.every((p) => p.gzip <= jsLimit),
    ],
  ];
  return markdownTable(
    ["#", "target (issue 12)", "figure", "verdict"],
    verdicts.map(([target, figure, met], i) => [i + 1, target, figure, yes(met)]),
  );
}
