import { z } from "zod";
import { rawFigureAllowList } from "./data/figure-allow-list";
import { escapeRegExp, formatDate } from "./format";
import { formatMoneyShort, salaryAxis, salaryBands } from "./salary-bands";
import { navLabel } from "./schemas/article";
import { parseData } from "./schemas/parse-data";

/** One entry of the figure allow-list: a phrase readers see, and where its figure comes from. */
export const figureAllowEntrySchema = z.strictObject({
  /** The phrase as shown, e.g. "top 1%"; `{order}`, `{minutes}` and `{date}` stand for values from the site's data. */
  phrase: z.string().min(1),
  /** Where the figure comes from: a seed line, or a public source and the date it was true. */
  source: z.string().min(10),
  /**
   * The pages that show the phrase, as paths ("/privacy"; one covers the pages under it, so a chapter's covers
   * its share pages). Elsewhere the figure needs a source of its own: "15 minutes" of a form's rules is no
   * sourced figure in a chapter. Left out only for what the site's own frame shows on any page (chapter
   * numbers, reading times, dates, the 404 of a page not found).
   */
  shownOn: z.array(z.string().regex(/^\/[a-z0-9-]*(?:\/[a-z0-9-]+)*$/, "a path such as /privacy")).min(1).optional(),
});

/** A validated allow-list entry. */
export type FigureAllowEntry = z.infer<typeof figureAllowEntrySchema>;

/** The figure allow-list, validated once at module load. */
export const figureAllowList: readonly FigureAllowEntry[] = parseData(z.array(figureAllowEntrySchema), rawFigureAllowList, "lib/data/figure-allow-list.ts");

const months = "January|February|March|April|May|June|July|August|September|October|November|December";

/** Numbers as words, for statistics written out ("forty percent"); either case of the first letter. */
const numberWord = `(?:${"one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred"
  .split(" ")
  .map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`)
  .join("|")})`;
/** "forty", "twenty-five", "one hundred". */
const numberWords = `${numberWord}(?:[- ]${numberWord})*`;

/**
 * What counts as a figure: a date (kept whole, so "17 April 2026" is one figure), a currency amount
 * ("$200K", "€1.5M", "$350K+"), a percentage ("40%", "40 percent") or any other run of digits; and a
 * statistic written in words, which needs a source as much as its digits would: a percentage ("forty
 * percent", "twenty-five per cent"), a share ("one in three", "one in every five") or a large amount ("ten
 * thousand", "a million"). A number word alone ("two roles", "three things") is prose, not a figure.
 */
const figurePattern = new RegExp(
  [
    `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
    `\\b\\d{1,2} (?:${months}) \\d{4}\\b`,
    `[$€£]\\s?\\d[\\d,.]*(?:\\s?[KMB]\\b)?\\+?`,
    `\\d[\\d,.]*\\s?(?:%|percent\\b)`,
    `\\d+(?:[.,]\\d+)*`,
    `\\b${numberWords}[- ]per ?cent\\b`,
    `\\b${numberWords} in (?:every )?(?:${numberWords}|a hundred)\\b`,
    `\\b(?:[Aa]|${numberWords}) (?:thousand|million|billion)\\b`,
  ].join("|"),
  "g",
);

/** A figure found in a text, where it starts in that text, and a little of the text around it (for messages). */
export interface FoundFigure {
  figure: string;
  index: number;
  context: string;
}

/** Every figure in `text`, in order. Pure. */
export function findFigures(text: string): FoundFigure[] {
  return [...text.matchAll(figurePattern)].map((match) => ({
    figure: match[0].trim(),
    index: match.index,
    context: text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, " ").trim(),
  }));
}

/** What the allow-list's placeholders stand for, per chapter: read from the content pipeline. */
export interface FigureChapter {
  order: number;
  navTitle: string;
  minutes: number;
  /** `updated`, YYYY-MM-DD. */
  date: string;
}

/** The placeholder values of every chapter, from the content pipeline's chapters. */
export function figureChapters(
  chapters: readonly { frontmatter: { order: number; title: string; navTitle?: string; updated: string }; readingMinutes: number }[],
): FigureChapter[] {
  return chapters.map(({ frontmatter, readingMinutes }) => ({
    order: frontmatter.order,
    navTitle: navLabel(frontmatter),
    minutes: readingMinutes,
    date: frontmatter.updated,
  }));
}

/** Figures from the salary data: each band's ends (with "+" on an open top) and the chart's axis labels. */
function salaryFigures(): string[] {
  const figures = salaryBands.flatMap((band) => {
    const high = formatMoneyShort(band.high, band.currency);
    return [formatMoneyShort(band.low, band.currency), high, ...(band.openEnded ? [`${high}+`] : [])];
  });
  const currency = salaryBands[0]?.currency ?? "USD";
  return [...figures, ...salaryAxis().ticks.map((tick) => formatMoneyShort(tick, currency))];
}

/** A date as data holds it and as readers see it. */
const dateForms = (iso: string) => [iso, formatDate(iso)];

/** Whether an allow-list entry holds on the page at `path` (any page when the path is not known). */
const holdsOn = (entry: FigureAllowEntry, path: string | undefined) =>
  !entry.shownOn || path === undefined || entry.shownOn.some((page) => path === page || path.startsWith(`${page === "/" ? "" : page}/`));

/**
 * A checker for texts: returns the figures in a text that neither come from the salary data nor sit in
 * an allowed phrase. Allowed phrases are removed first (so "1%" passes only inside "top 1%"), then
 * salary figures are matched whole. With the page's `path`, only phrases shown on that page are allowed; a
 * figure that sits in a phrase allowed on other pages says which phrase and pages (`allowedElsewhere`).
 */
export function figureChecker(chapters: readonly FigureChapter[], allowList: readonly FigureAllowEntry[] = figureAllowList) {
  // One record of placeholder values per chapter, and one per salary source date ({date} only).
  const records: Record<string, string[]>[] = [
    ...chapters.map((c) => ({ order: [String(c.order)], navTitle: [c.navTitle], minutes: [String(c.minutes)], date: dateForms(c.date) })),
    ...[...new Set(salaryBands.map((band) => band.source.asOf))].map((asOf) => ({ date: dateForms(asOf) })),
  ];
  const fromSalaryData = new Set(salaryFigures());
  const phrasesOf = new Map(allowList.map((entry) => [entry, expand(entry.phrase, records)]));
  // One pattern for every phrase that holds on a page, longest first, compiled once per set of entries: the
  // content check runs this on every chapter (a RegExp per phrase and text cost 1.4 s at 500 chapters, whose
  // phrases number in thousands), and all chapters but the few an entry names share one.
  const patterns = new Map<string, RegExp | undefined>();
  const patternFor = (path: string | undefined) => {
    const holding = allowList.filter((entry) => holdsOn(entry, path));
    const key = holding.map((entry) => allowList.indexOf(entry)).join(",");
    if (!patterns.has(key)) patterns.set(key, phrasePattern(holding.flatMap((entry) => phrasesOf.get(entry)!)));
    return patterns.get(key);
  };
  return (text: string, path?: string): (FoundFigure & { allowedElsewhere?: { phrase: string; pages: string[] } })[] => {
    // Read as readers see it, each run of white space as one space; `at` maps every character back to `text`, and
    // allowed phrases are blanked to as many spaces, so a figure is reported where it is, not at the first like it
    // ("Chapter 5 … 5 checks" had pointed at the 5 of the chapter's number, which the allow-list covers).
    const at: number[] = [];
    let flat = "";
    for (let i = 0; i < text.length; i++) {
      const space = /\s/.test(text[i]);
      if (space && flat.endsWith(" ")) continue;
      at.push(i);
      flat += space ? " " : text[i];
    }
    const allowed = patternFor(path);
    return findFigures(allowed ? flat.replace(allowed, (phrase) => " ".repeat(phrase.length)) : flat)
      .filter((found) => !fromSalaryData.has(found.figure))
      .map((found) => ({ ...found, index: at[found.index] }))
      .map((found) => {
        for (const entry of allowList.filter((e) => !holdsOn(e, path))) {
          const phrase = phrasesOf.get(entry)!.find((p) => p.includes(found.figure) && phrasePattern([p])!.test(flat));
          if (phrase) return { ...found, allowedElsewhere: { phrase, pages: entry.shownOn ?? [] } };
        }
        return found;
      });
  };
}

/** One pattern matching any of the phrases as whole words, longest first; undefined for none. */
function phrasePattern(phrases: readonly string[]): RegExp | undefined {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted.length > 0 ? new RegExp(`(?<![\\w$€£])(?:${sorted.map(escapeRegExp).join("|")})(?![\\w%])`, "gi") : undefined;
}

/** Every way a phrase reads with its placeholders filled from one record (phrases without any read as written). */
function expand(phrase: string, records: Record<string, string[]>[]): string[] {
  const names = [...phrase.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  if (names.length === 0) return [phrase];
  const known = new Set(records.flatMap((record) => Object.keys(record)));
  for (const name of names) if (!known.has(name)) throw new Error(`figure allow-list: unknown placeholder {${name}} in "${phrase}"`);
  return records
    .filter((record) => names.every((name) => record[name]))
    .flatMap((record) =>
      names.reduce<string[]>((forms, name) => forms.flatMap((form) => record[name].map((value) => form.replace(`{${name}}`, value))), [phrase]),
    );
}

