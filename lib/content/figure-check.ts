import { figureChecker, type FigureChapter } from "../figures";
import type { Place } from "./collect";
import type { FrontmatterField } from "./frontmatter";
import type { ContentProblem } from "./problems";

/** What the figure check needs from one chapter. */
export interface ChapterFigures {
  file: string;
  /** The chapter's address on the site, e.g. `/vetting`: allow-list phrases hold only on the pages they name. */
  path: string;
  /** The frontmatter's fields as written, with their positions (lib/content/frontmatter.ts). */
  fields: readonly FrontmatterField[];
  /** Text readers see that holds a digit, with where it starts (from lib/content/collect.ts). */
  texts: readonly (Place & { text: string })[];
}

/** Frontmatter fields readers see as text (the title in menus and previews, the description under it). */
const shownFields = ["title", "description", "navTitle"];

/**
 * The guide's rule for numbers, in the content check: every figure in a chapter (a digit, an amount, a
 * percentage, a date) comes from the salary data or from a phrase of the figure allow-list, which carries
 * its source. Each other figure is a problem at its file:line:col, so an invented statistic fails
 * `npm run check` and the build, not only the unit tests.
 */
export function checkFigures(chapters: readonly ChapterFigures[], records: readonly FigureChapter[]): ContentProblem[] {
  const check = figureChecker(records);
  const problems: ContentProblem[] = [];
  for (const chapter of chapters) {
    const fields = chapter.fields.filter((field) => shownFields.includes(field.name));
    for (const piece of [...fields, ...chapter.texts]) {
      for (const found of check(piece.text, chapter.path)) {
        const index = found.index;
        const before = piece.text.slice(0, index);
        const newlines = before.split("\n").length - 1;
        problems.push({
          file: chapter.file,
          line: piece.line + newlines,
          column: newlines === 0 ? piece.column + index : index - before.lastIndexOf("\n"),
          ...(found.allowedElsewhere
            ? {
                message: `"${found.allowedElsewhere.phrase}" is allowed only on ${found.allowedElsewhere.pages.join(", ")} (…${found.context}…)`,
                hint: `its entry in lib/data/figure-allow-list.ts names the pages it is sourced for: if its source holds here too, add ${chapter.path} to its shownOn`,
              }
            : {
                message: `figure "${found.figure}" has no source (…${found.context}…)`,
                hint: "use a figure from the seed or the salary data (lib/data/salary-bands.ts), or add the phrase with its public source and as-of date to lib/data/figure-allow-list.ts",
              }),
        });
      }
    }
  }
  return problems;
}
