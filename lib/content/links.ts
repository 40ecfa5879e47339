import { readFileSync } from "node:fs";
import path from "node:path";
import { faqEntries } from "../faq";
import { consultationChecklist, firstQuestion, footerLinks, headerLinks, homeQuestions } from "../data/shortcuts";
import type { ContentProblem } from "./problems";
import { closestWord } from "./suggest";

/** Which ids each page has: a set, or null for a page that exists but whose sections are unknown. */
export type AnchorsByPath = Map<string, Set<string> | null>;

/** "; did you mean …?" when a close candidate exists, else "". */
export function hintFor(value: string, candidates: string[]): string {
  const suggestion = closestWord(value, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : "";
}


/** Checks one href; returns a problem for a broken internal link, or undefined. External links are not fetched. */
export function checkHref(href: string, fromPath: string, anchorsByPath: AnchorsByPath) {
  if (/^(https?:|mailto:|tel:)/i.test(href)) return undefined;
  if (!href.startsWith("/") && !href.startsWith("#")) {
    return { message: `link "${href}" is relative`, hint: "start internal links with / (e.g. /vetting#warning-signs)" };
  }
  const [rawPath, hash] = href.split("#", 2);
  const target = rawPath === "" ? fromPath : rawPath.replace(/\/$/, "") || "/";
  const anchors = anchorsByPath.get(target);
  if (anchors === undefined) {
    const suggestion = closestWord(target, [...anchorsByPath.keys()]);
    return { message: `link to missing page "${target}"`, hint: suggestion ? `did you mean ${suggestion}?` : "link to an existing chapter or page" };
  }
  if (hash && anchors && !anchors.has(hash)) {
    const suggestion = closestWord(hash, [...anchors]);
    return {
      message: `link to missing section "#${hash}" on ${target}`,
      hint: suggestion ? `did you mean #${suggestion}?` : `sections there: ${[...anchors].slice(0, 6).join(", ") || "none"}`,
    };
  }
  return undefined;
}


/**
 * Finds where a string first appears in a project file (after `after`, when given and found), as 1-based
 * line and column (1:1 when absent).
 */
function lineFinder(root: string, file: string) {
  let text = "";
  try {
    text = readFileSync(path.join(root, file), "utf8");
  } catch {
    // Fixture roots may not hold lib/: report at 1:1.
  }
  return (needle: string, after?: string) => {
    const start = after === undefined ? 0 : Math.max(0, text.indexOf(after));
    const index = text.indexOf(needle, start);
    if (index < 0) return { line: 1, column: 1 };
    const before = text.slice(0, index).split("\n");
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
}

/**
 * FAQ entries may only point at chapters that exist, and their "Read more" link at a page and section that
 * exist; problems point at the entry's id (chapters) or its `more` link, at their line in lib/data/faq.ts.
 */
export function checkFaqData(chapters: readonly { slug: string }[], root: string, anchorsByPath: AnchorsByPath) {
  const file = "lib/data/faq.ts";
  const lineOf = lineFinder(root, file);
  const problems: ContentProblem[] = [];
  for (const entry of faqEntries) {
    for (const slug of entry.chapters) {
      if (!anchorsByPath.has(`/${slug}`) || !chapters.some((c) => c.slug === slug)) {
        problems.push({
          file,
          ...lineOf(`"${entry.id}"`),
          message: `FAQ entry "${entry.id}" links to missing chapter "${slug}"`,
          hint: `use a chapter slug${hintFor(slug, chapters.map((c) => c.slug))}`,
        });
      }
    }
    const problem = checkHref(entry.more, "/faq", anchorsByPath);
    if (problem) {
      problems.push({ file, ...lineOf(`"${entry.more}"`, `"${entry.id}"`), ...problem, message: `FAQ entry "${entry.id}" Read more: ${problem.message}` });
    }
  }
  return problems;
}

/** Links held as data for the app's own pages (lib/data/shortcuts.ts), reported at their line there. */
export function checkShortcutLinks(root: string, anchorsByPath: AnchorsByPath): ContentProblem[] {
  const file = "lib/data/shortcuts.ts";
  const lineOf = lineFinder(root, file);
  const problems: ContentProblem[] = [];
  for (const { href } of [...headerLinks, ...footerLinks, firstQuestion, ...homeQuestions, ...consultationChecklist]) {
    const problem = checkHref(href, "/", anchorsByPath);
    if (problem) problems.push({ file, ...lineOf(`"${href}"`), ...problem });
  }
  return problems;
}
