/**
 * The byte budgets of issues 10 and 12, as pure figures (deterministic: computed from the server HTML and
 * the files it references, never from timings). `npm test` asserts the first two and reports the third:
 *   - an article page's first-load JavaScript ≤ framework baseline + 15 KiB gzip
 *   - its CSS < 20 KiB gzip, its HTML < 30 KiB gzip
 *   - its HTML gzip ÷ the gzip of its own text ≤ 3 (issue 12's target, not met: about 8.5)
 * KiB = 1024 bytes throughout.
 *
 *   npx tsx tests/bench/budgets.ts [http://localhost:3600] [chapter-slug]     prints the figures; exit 1 over budget
 */
import { pathToFileURL } from "node:url";
import { readBaseline } from "./baseline";
import { chapterText, firstLoadCss, firstLoadJs, htmlToTextRatio, httpLoader } from "./bytes";
import { repoRoot } from "./generate";

/** One budget: the measured value, its limit, and whether the value is within it. */
export interface Budget {
  name: string;
  value: number;
  limit: number;
  unit: "bytes" | "ratio";
  ok: boolean;
}

export const limits = {
  jsOverBaseline: 15 * 1024,
  cssGzip: 20 * 1024,
  htmlGzip: 30 * 1024,
  htmlToText: 3,
} as const;

/** Compares figures with the limits. Pure: the numbers in, the verdicts out. */
export function evaluateBudgets(figures: { jsGzip: number; baselineGzip: number; cssGzip: number; htmlGzip: number; ratio: number }): Budget[] {
  const jsLimit = figures.baselineGzip + limits.jsOverBaseline;
  return [
    { name: "first-load JS gzip (≤ framework baseline + 15 KiB)", value: figures.jsGzip, limit: jsLimit, unit: "bytes", ok: figures.jsGzip <= jsLimit },
    { name: "CSS gzip (< 20 KiB)", value: figures.cssGzip, limit: limits.cssGzip, unit: "bytes", ok: figures.cssGzip < limits.cssGzip },
    { name: "HTML gzip (< 30 KiB)", value: figures.htmlGzip, limit: limits.htmlGzip, unit: "bytes", ok: figures.htmlGzip < limits.htmlGzip },
    { name: "HTML gzip ÷ own text gzip (≤ 3)", value: figures.ratio, limit: limits.htmlToText, unit: "ratio", ok: figures.ratio <= limits.htmlToText },
  ];
}

/** Fetches the chapter from a running server and evaluates every budget. `root` holds its sources. */
export async function measureBudgets(base: string, slug = "vetting", root = repoRoot): Promise<Budget[]> {
  const response = await fetch(new URL(`/${slug}`, base), { headers: { "accept-encoding": "identity" } });
  if (response.status !== 200) throw new Error(`/${slug}: HTTP ${response.status}`);
  const html = await response.text();
  const load = httpLoader(base);
  const { htmlGzip, ratio } = htmlToTextRatio(html, await chapterText(root, slug));
  return evaluateBudgets({
    jsGzip: (await firstLoadJs(html, load)).gzip,
    baselineGzip: readBaseline(root).firstLoadJsGzip,
    cssGzip: (await firstLoadCss(html, load)).gzip,
    htmlGzip,
    ratio,
  });
}

/** One line per budget, e.g. "✔ CSS gzip (< 20 KiB): 8935 bytes (limit 20480)". */
export function formatBudgets(budgets: Budget[]): string {
  return budgets
    .map((b) => `${b.ok ? "✔" : "✖"} ${b.name}: ${b.unit === "ratio" ? b.value.toFixed(2) : `${b.value} bytes`} (limit ${b.unit === "ratio" ? b.limit : `${b.limit} bytes`})`)
    .join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const budgets = await measureBudgets(process.argv[2] ?? "http://localhost:3600", process.argv[3] ?? "vetting");
  console.log(formatBudgets(budgets));
  if (budgets.some((b) => !b.ok)) process.exitCode = 1;
}
