/**
 * Lighthouse 12 (programmatic API, default config = mobile emulation with simulated throttling) in
 * Debian's Chromium, launched by chrome-launcher with the flags of playwright.config.ts. Each URL runs
 * `runs` times, each in a fresh browser; every figure is the median of its runs, taken per figure.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type RunnerResult } from "lighthouse";
import { LanternLargestContentfulPaint } from "lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js";
import { chromiumFlags, chromiumPath } from "./browser";
import { markdownTable, median } from "./table";

/** Median Lighthouse figures of one URL. Scores are 0–100; LCP and TBT in ms; CLS unitless. */
export interface LighthouseFigures {
  url: string;
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  /**
   * First paint in the unthrottled page load Lighthouse records before it simulates a slow phone. When it
   * comes after the page's (async) scripts have arrived, the simulated LCP includes downloading and running
   * them; when it comes before, LCP is about the simulated FCP.
   */
  observedPaintMs: number;
  tbtMs: number;
  cls: number;
  /**
   * Scripts inside Lighthouse's simulated LCP, and their transfer size. Lantern (the simulator) builds LCP
   * from the requests of the observed load that finished before its LCP; of the scripts among them it
   * leaves out only those whose evaluation task (10 ms or longer) started after that LCP. Async scripts
   * that arrived before the first paint therefore count, however little the paint needed them.
   */
  lcpScripts: number;
  lcpScriptKiB: number;
}

type Figures = Omit<LighthouseFigures, "url" | "runs">;

/** The scripts in the pessimistic graph of Lantern's LCP for this run (the optimistic graph holds no more). */
async function scriptsInSimulatedLcp(result: RunnerResult): Promise<{ count: number; kib: number }> {
  const { artifacts, lhr } = result;
  const settings = lhr.configSettings;
  // A computed artifact of Lighthouse 12 (pinned): the same computation the LCP audit runs, with its graphs.
  const lcp = await LanternLargestContentfulPaint.request(
    { trace: artifacts.Trace, devtoolsLog: artifacts.DevtoolsLog, gatherContext: artifacts.GatherContext, settings, URL: artifacts.URL },
    { computedCache: new Map(), settings } as never,
  );
  const scripts = [...lcp.pessimisticEstimate.nodeTimings.keys()].flatMap((node) => (node.type === "network" && node.request.resourceType === "Script" ? [node.request] : []));
  return { count: scripts.length, kib: scripts.reduce((sum, request) => sum + request.transferSize, 0) / 1024 };
}

async function runOnce(url: string): Promise<Figures> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.message}`);
    const lcpScripts = await scriptsInSimulatedLcp(result);
    const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      fcpMs: audits["first-contentful-paint"]?.numericValue ?? Number.NaN,
      lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      observedPaintMs: Number((audits.metrics?.details as { items?: Record<string, unknown>[] } | undefined)?.items?.[0]?.observedFirstContentfulPaint ?? Number.NaN),
      tbtMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      lcpScripts: lcpScripts.count,
      lcpScriptKiB: lcpScripts.kib,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * One run, tried again (up to 3 attempts) when Lighthouse reports a runtime error: its trace recording in
 * headless Chromium now and then misses the navigation start (NO_NAVSTART), which says nothing about the page.
 */
async function runWithRetry(url: string): Promise<Figures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(`[lighthouse] ${url}: ${String(error).split("\n")[0]}; trying again`);
    }
  }
}

/** Runs Lighthouse `runs` times on `url` and returns the per-figure medians. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseFigures> {
  const all: Figures[] = [];
  for (let i = 0; i < runs; i++) all.push(await runWithRetry(url));
  const med = (key: keyof Figures) => median(all.map((f) => f[key]));
  return {
    url,
    runs,
    performance: med("performance"),
    accessibility: med("accessibility"),
    bestPractices: med("bestPractices"),
    seo: med("seo"),
    fcpMs: med("fcpMs"),
    lcpMs: med("lcpMs"),
    observedPaintMs: med("observedPaintMs"),
    tbtMs: med("tbtMs"),
    cls: med("cls"),
    lcpScripts: med("lcpScripts"),
    lcpScriptKiB: med("lcpScriptKiB"),
  };
}

/** The Lighthouse table. */
export function lighthouseTable(rows: (LighthouseFigures & { name: string })[]): string {
  return markdownTable(
    ["page", "path", "runs", "performance", "accessibility", "best practices", "SEO", "FCP ms", "LCP ms", "observed first paint ms", "TBT ms", "CLS", "scripts in simulated LCP"],
    rows.map((r) => [r.name, `\`${new URL(r.url).pathname}\``, r.runs, r.performance, r.accessibility, r.bestPractices, r.seo, Math.round(r.fcpMs), Math.round(r.lcpMs), Math.round(r.observedPaintMs), Math.round(r.tbtMs), r.cls.toFixed(3), `${r.lcpScripts} (${r.lcpScriptKiB.toFixed(1)} KiB)`]),
  );
}
