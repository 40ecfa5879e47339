import { z } from "zod";
import { rawFigureAllowList } from "./data/figure-allow-list";
import { formatDate } from "./format";
import { formatMoneyShort, salaryAxis, salaryBands } from "./salary-bands";
import { formatIssues } from "./schemas/format-issues";

/** One entry of the figure allow-list: a phrase readers see, and where its figure comes from. */
export const figureAllowEntrySchema = z.strictObject({
  /** The phrase as shown, e.g. "top 1%"; `{order}`, `{minutes}` and `{date}` stand for values from the site's data. */
  phrase: z.string().min(1),
  /** Where the figure comes from: a seed line, or a public source and the date it was true. */
  source: z.string().min(10),
});

/** A validated allow-list entry. */
export type FigureAllowEntry = z.infer<typeof figureAllowEntrySchema>;

/** The figure allow-list, validated once at module load. */
export const figureAllowList: readonly FigureAllowEntry[] = (() => {
  const result = z.array(figureAllowEntrySchema).safeParse(rawFigureAllowList);
  if (!result.success) throw new Error(`Invalid data in lib/data/figure-allow-list.ts:\n${formatIssues(result.error)}`);
  return Object.freeze(result.data);
})();

const months = "January|February|March|April|May|June|July|August|September|October|November|December";

/**
 * What counts as a figure: a date (kept whole, so "17 April 2026" is one figure), a currency amount
 * ("$200K", "€1.5M", "$350K+"), a percentage ("40%", "40 percent") or any other run of digits.
 */
const figurePattern = new RegExp(
  [
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `\\b\\d{1,2} (?:${months}) \\d{4}\\b`,
    `[$€£]\\s?\\d[\\d,.]*(?:\\s?[KMB]\\b)?\\+?`,
    `\\d[\\d,.]*\\s?(?:%|percent\\b)`,
    `\\d+(?:[.,]\\d+)*`,
  ].join("|"),
  "g",
);

/** A figure found in a text, with a little of the text around it (for messages). */
export interface FoundFigure {
  figure: string;
  context: string;
}

/** Every figure in `text`, in order. Pure. */
export function findFigures(text: string): FoundFigure[] {
  return [...text.matchAll(figurePattern)].map((match) => ({
    figure: match[0].trim(),
    context: text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, " ").trim(),
  }));
}

/** Values the allow-list's placeholders stand for, read from the site's data. */
export interface FigureData {
  /** Every chapter's `order`. */
  orders: readonly number[];
  /** Every chapter's reading time in minutes. */
  minutes: readonly number[];
  /** Dates as YYYY-MM-DD: chapters' `updated` dates (salary sources' `asOf` dates are added here). */
  dates: readonly string[];
}

/** Figures from the salary data: each band's ends (with "+" on an open top) and the chart's axis labels. */
export function salaryFigures(): string[] {
  const figures = salaryBands.flatMap((band) => {
    const high = formatMoneyShort(band.high, band.currency);
    return [formatMoneyShort(band.low, band.currency), high, ...(band.openEnded ? [`${high}+`] : [])];
  });
  const currency = salaryBands[0]?.currency ?? "USD";
  return [...figures, ...salaryAxis().ticks.map((tick) => formatMoneyShort(tick, currency))];
}

/**
 * A checker for texts: returns the figures in a text that neither come from the salary data nor sit in
 * an allowed phrase. Allowed phrases are removed first (so "1%" passes only inside "top 1%"), then
 * salary figures are matched whole.
 */
export function figureChecker(data: FigureData, allowList: readonly FigureAllowEntry[] = figureAllowList) {
  const dates = [...new Set([...data.dates, ...salaryBands.map((band) => band.source.asOf)])];
  const values: Record<string, string[]> = {
    order: data.orders.map(String),
    minutes: data.minutes.map(String),
    date: dates.flatMap((date) => [date, formatDate(date)]),
  };
  const phrases = allowList.flatMap((entry) => expand(entry.phrase, values)).sort((a, b) => b.length - a.length);
  const fromSalaryData = new Set(salaryFigures());
  return (text: string): FoundFigure[] => {
    let rest = text.replace(/\s+/g, " ");
    for (const phrase of phrases) rest = rest.replace(new RegExp(`(?<![\\w$€£])${escape(phrase)}(?![\\w%])`, "gi"), " ");
    return findFigures(rest).filter((found) => !fromSalaryData.has(found.figure));
  };
}

function expand(phrase: string, values: Record<string, string[]>): string[] {
  const match = phrase.match(/\{(\w+)\}/);
  if (!match) return [phrase];
  const options = values[match[1]];
  if (!options) throw new Error(`figure allow-list: unknown placeholder {${match[1]}} in "${phrase}"`);
  return options.flatMap((value) => expand(phrase.replace(match[0], value), values));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
