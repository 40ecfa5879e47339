import { readFileSync } from "node:fs";
import path from "node:path";
import { git } from "../git";
import type { MdxComponentName } from "../schemas/mdx-props";

/**
 * The data files whose text a component shows inside a chapter: an edit there changes the chapter a reader
 * sees, though its .mdx file is untouched. Typed by the components' names, so a renamed component fails the
 * type check rather than silently dropping out of this list.
 */
const dataOfComponent: Partial<Record<MdxComponentName, readonly string[]>> = {
  ArchitectQuestions: ["lib/data/vetting.ts"],
  EngineerChecks: ["lib/data/vetting.ts"],
  FaqList: ["lib/data/faq.ts"],
  SalaryBands: ["lib/data/salary-bands.ts", "lib/salary-bands.ts"],
  SalaryRange: ["lib/data/salary-bands.ts"],
  ToolTeaser: ["lib/data/tools.ts"],
};

export interface DatedChapter {
  /** Relative to the content root, e.g. `content/guides/vetting.mdx`. */
  file: string;
  updated: string;
}

/** Today in the editor's own calendar, as `updated` is written. */
const localToday = () => new Date().toLocaleDateString("sv");

/**
 * Chapters changed and not yet committed, in their own file or in the data a component of theirs shows, whose
 * `updated` is older than today, as warnings: `content/guides/vetting.mdx:5  updated: …`. The date is what a reader
 * sees as "Last updated", and what the feed and the sitemap give, so a feed reader shows the chapter again only when
 * it moves; five chapters had kept an older date after a change to them or to their data. Told while the editor is
 * at it (`npm run check` before committing, CONTRIBUTING.md), and no more once committed: a warning, not an error,
 * as a fixed typo need not make a chapter new. Two git calls for all; outside a repository nothing is said.
 * Hand-written: no library ties chapters to the data their components render.
 */
export function staleUpdatedDates(root: string, chapters: readonly DatedChapter[]): string[] {
  // Changed since the last commit (staged or not), and new files, by their paths from `root`.
  const edited = git(root, ["diff", "--name-only", "--relative", "HEAD", "--", "content", "lib"]);
  const added = git(root, ["ls-files", "--others", "--exclude-standard", "--", "content", "lib"]);
  if (edited === undefined || added === undefined) return [];
  const changed = new Set(`${edited}\n${added}`.split("\n").filter(Boolean));
  const today = localToday();
  const warnings: string[] = [];
  for (const chapter of chapters) {
    if (chapter.updated >= today) continue;
    const source = readFileSync(path.join(root, chapter.file), "utf8");
    const tags = Object.keys(dataOfComponent).filter((name) => new RegExp(`<${name}\\b`).test(source)) as MdxComponentName[];
    const file = [chapter.file, ...new Set(tags.flatMap((name) => dataOfComponent[name] ?? []))].find((name) => changed.has(name));
    if (!file) continue;
    const line = source.split("\n").findIndex((text) => text.startsWith("updated:")) + 1;
    warnings.push(`${chapter.file}:${line}  updated: ${chapter.updated}, but ${file} has changes not committed yet  (if readers should see the change as new, in the feed too, write updated: ${today})`);
  }
  return warnings;
}
