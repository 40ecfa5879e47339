import { reservedSlugs } from "../routes";
import type { ContentProblem } from "./problems";
import type { ChapterForChecks } from "./validate";

/**
 * A title, or a menu label, that another chapter already has: readers tell chapters apart by them in the menu,
 * in search results and on shared links. Records `name` in `seen` under the file that has it.
 */
function sameName(chapter: ChapterForChecks, what: string, name: string | undefined, line: number | undefined, seen: Map<string, string>): ContentProblem[] {
  if (!name) return [];
  const key = name.trim().toLowerCase();
  const other = seen.get(key);
  if (other === undefined) seen.set(key, chapter.file);
  // A navTitle left out repeats the title: that is one slip, told once, as the title's.
  if (other === undefined || (what === "menu label" && chapter.navLabelLine === chapter.titleLine)) return [];
  return [{ file: chapter.file, line: line ?? 1, column: 1, message: `${what} "${name}" is also ${other}'s`, hint: `give each chapter its own ${what}: readers tell chapters apart by it in the menu, in search and on shared links` }];
}

/** File names that are not slugs, or are taken twice or by a page of the site; an `order` used twice; a title or menu label used twice. */
export function checkSlugsAndOrders(chapters: readonly ChapterForChecks[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seenSlugs = new Map<string, string>();
  const seenOrders = new Map<number, string>();
  const seenTitles = new Map<string, string>();
  const seenLabels = new Map<string, string>();
  for (const chapter of chapters) {
    const at = { file: chapter.file, line: 1, column: 1 };
    const key = chapter.slug.toLowerCase();
    if (seenSlugs.has(key)) {
      problems.push({ ...at, message: `duplicate slug "${chapter.slug}" (also ${seenSlugs.get(key)})`, hint: "rename one of the files" });
    }
    seenSlugs.set(key, chapter.file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(chapter.slug)) {
      // The name it was meant to have, by hand: github-slugger (rehype-slug's) keeps accents and other letters,
      // which a slug here may not hold.
      const meant = chapter.slug.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      const hint = meant ? `rename the file ${meant}.mdx (lowercase words joined by hyphens); links to it then use /${meant}` : "use lowercase kebab-case, like hiring-costs.mdx";
      problems.push({ ...at, message: `file name "${chapter.slug}" is not a valid slug: the file name is the chapter's address`, hint });
    }
    if (reservedSlugs.includes(key)) {
      problems.push({ ...at, message: `slug "${chapter.slug}" is taken by a page of the site`, hint: "rename the file" });
    }
    problems.push(...sameName(chapter, "title", chapter.title, chapter.titleLine, seenTitles), ...sameName(chapter, "menu label", chapter.navLabel, chapter.navLabelLine, seenLabels));
    if (chapter.order !== undefined) {
      const other = seenOrders.get(chapter.order);
      if (other) problems.push({ ...at, line: chapter.orderLine ?? 1, message: `order ${chapter.order} is also used by ${other}`, hint: "give each chapter its own order" });
      seenOrders.set(chapter.order, chapter.file);
    }
  }
  return problems;
}
