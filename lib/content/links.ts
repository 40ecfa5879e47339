import { readFileSync } from "node:fs";
import path from "node:path";
import { faqEntries } from "../faq";
import { consultationChecklist, firstQuestion, footerLinks, headerLinks, homeQuestions, salariesNextStep } from "../data/shortcuts";
import { pagePaths } from "../paths";
import { jobDescriptions } from "../tools/job-descriptions";
import { planRules } from "../tools/plan-rules";
import { scorecardData } from "../tools/scorecard-data";
import type { ContentProblem } from "./problems";
import { closestWord } from "./suggest";

/** Which ids each page has: a set, or null for a page that exists but whose sections are unknown. */
export type AnchorsByPath = Map<string, Set<string> | null>;

/** "; did you mean …?" when a close candidate exists, else "". */
export function hintFor(value: string, candidates: string[]): string {
  const suggestion = closestWord(value, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : "";
}


/**
 * Checks one href; returns a problem for a broken internal link, or undefined. External links are not fetched.
 * `drafts` holds the paths of draft chapters (and their Markdown): pass it when the link sits on a published
 * page, where a draft is missing in production; leave it out for links from one draft to another.
 */
export function checkHref(href: string, fromPath: string, anchorsByPath: AnchorsByPath, drafts?: ReadonlySet<string>): { message: string; hint: string } | undefined {
  const own = ownSiteAddress(href);
  if (own) {
    const problem = checkHref(own.path, fromPath, anchorsByPath, drafts);
    return {
      message: `link "${href}" points at a copy of the site on a computer, which readers cannot open${problem ? `, and ${problem.message.replace(/^link to /, "")}` : ""}`,
      hint: problem ? problem.hint : `write it from its path: ${own.path}`,
    };
  }
  if (/^(https?:|mailto:|tel:)/i.test(href)) return undefined;
  if (href.trim() === "") {
    return { message: "this link has no address: nothing is written between ( and )", hint: "write the address between the brackets, e.g. [text](/vetting), or remove the link" };
  }
  // A scheme that is not one of those (a typo such as htps:, or https;//…) opens nothing in a browser.
  if (/^[a-z][a-z0-9+.-]*:|^h[a-z]*[;.]?\/\//i.test(href)) {
    return { message: `link "${href}" does not start with https:// or /, so it opens nothing`, hint: "write an address on another site as https://… (check the spelling of https and its ://), or a page of this guide as /vetting" };
  }
  if (/^www\./i.test(href)) {
    return { message: `link "${href}" has no https:// in front, so it points at a page of this site`, hint: `write it as https://${href}` };
  }
  if (!href.startsWith("/") && !href.startsWith("#")) {
    return { message: `link "${href}" is relative`, hint: "start internal links with / (e.g. /vetting#warning-signs)" };
  }
  const [address, hash] = href.split("#", 2);
  // A query string (/search?q=mlops, a planner link with its answers) is part of a working address.
  const rawPath = address.replace(/\?.*$/, "");
  const target = rawPath === "" ? fromPath : rawPath.replace(/\/$/, "") || "/";
  const anchors = anchorsByPath.get(target);
  if (anchors === undefined && target.endsWith(".mdx") && anchorsByPath.has(target.slice(0, -4))) {
    return { message: `link to "${target}", a file name: pages have no .mdx in their address`, hint: `link to ${target.slice(0, -4)}${hash ? `#${hash}` : ""}` };
  }
  // A section's share page (/vetting/warning-signs) is for links shared outside the guide; inside it, a section
  // is the chapter's #fragment, where the reader stays in the page they are reading.
  const [chapter, section] = target.slice(1).split("/");
  if (anchors === undefined && section && !hash && anchorsByPath.get(`/${chapter}`)?.has(section)) {
    return { message: `link to "${target}", a section's share page`, hint: `link to the section in its chapter: /${chapter}#${section}` };
  }
  if (anchors === undefined) {
    const suggestion = closestWord(target, [...anchorsByPath.keys()]);
    return { message: `link to missing page "${target}"`, hint: suggestion ? `did you mean ${suggestion}?` : "link to an existing chapter or page" };
  }
  if (drafts?.has(target)) {
    return { message: `link to draft chapter "${target}", which is not published`, hint: "publish it by removing draft: true, or remove the link" };
  }
  if (hash && anchors && !anchors.has(hash)) {
    const suggestion = closestWord(hash, [...anchors]);
    return {
      message: `link to missing section "#${hash}" on ${target}`,
      hint: suggestion ? `did you mean #${suggestion}?` : `sections there: ${sectionList([...anchors])}`,
    };
  }
  return undefined;
}

/**
 * A link to the site on this computer, copied from the browser while editing (http://localhost:3000/…):
 * undefined for any other address. Its path is what the link should say. Only such hosts: the public address
 * depends on SITE_URL, which the check and CI do not set and the production build does.
 */
function ownSiteAddress(href: string): { path: string } | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!["localhost", "127.0.0.1", "[::1]", "0.0.0.0"].includes(url.hostname)) return undefined;
  return { path: `${url.pathname}${url.search}${url.hash}` };
}

function readProjectFile(root: string, file: string): string {
  try {
    return readFileSync(path.join(root, file), "utf8");
  } catch {
    return ""; // Fixture roots may not hold lib/: report at 1:1.
  }
}

function positionAt(text: string, index: number) {
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Every place a string appears in a project file (1:1 once when it does not appear). */
function allPlaces(text: string, needle: string) {
  const places = [];
  for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) places.push(positionAt(text, index));
  return places.length > 0 ? places : [{ line: 1, column: 1 }];
}

/**
 * Finds strings in a project file, as 1-based line and column (1:1 when absent). `nth` picks the nth
 * occurrence (1-based) after `scope` (e.g. "export const footerLinks"), so a link written twice is
 * reported at each of its own lines.
 */
function lineFinder(root: string, file: string) {
  const text = readProjectFile(root, file);
  return (needle: string, options: { scope?: string; nth?: number } = {}) => {
    let index = options.scope ? Math.max(0, text.indexOf(options.scope)) : 0;
    for (let n = 0; n < (options.nth ?? 1) && index >= 0; n++) index = text.indexOf(needle, n === 0 ? index : index + needle.length);
    return index < 0 ? { line: 1, column: 1 } : positionAt(text, index);
  };
}

/**
 * FAQ entries may only point at published chapters, and their "Read more" link at a published page and a
 * section that exist (both show on published pages); problems point at the entry's id (chapters) or its
 * `more` link, at their line in lib/data/faq.ts.
 */
export function checkFaqData(chapters: readonly { slug: string; draft?: boolean }[], root: string, anchorsByPath: AnchorsByPath) {
  const file = "lib/data/faq.ts";
  const lineOf = lineFinder(root, file);
  const problems: ContentProblem[] = [];
  const published = chapters.filter((c) => !c.draft).map((c) => c.slug);
  for (const entry of faqEntries) {
    for (const slug of entry.chapters) {
      if (!anchorsByPath.has(`/${slug}`) || !chapters.some((c) => c.slug === slug)) {
        problems.push({
          file,
          ...lineOf(`"${entry.id}"`),
          message: `FAQ entry "${entry.id}" links to missing chapter "${slug}"`,
          hint: `use a chapter slug${hintFor(slug, published)}`,
        });
      } else if (!published.includes(slug)) {
        problems.push({
          file,
          ...lineOf(`"${entry.id}"`),
          message: `FAQ entry "${entry.id}" links to draft chapter "${slug}", which is not published`,
          hint: "publish the chapter by removing draft: true, or link another one",
        });
      }
    }
    const drafts = new Set(chapters.filter((c) => c.draft).map((c) => `/${c.slug}`));
    const problem = checkHref(entry.more, "/faq", anchorsByPath, drafts);
    if (problem) {
      problems.push({ file, ...lineOf(`"${entry.more}"`, { scope: `"${entry.id}"` }), ...problem, message: `FAQ entry "${entry.id}" Read more: ${problem.message}` });
    }
  }
  return problems;
}

/** Links held as data for the app's own pages (lib/data/shortcuts.ts), each reported at its own line there. */
export function checkShortcutLinks(root: string, anchorsByPath: AnchorsByPath, drafts: ReadonlySet<string>): ContentProblem[] {
  const file = "lib/data/shortcuts.ts";
  const lineOf = lineFinder(root, file);
  const problems: ContentProblem[] = [];
  const header = headerLinks.flatMap((item): readonly { href: string }[] => ("links" in item ? item.links : [item]));
  const lists = { firstQuestion: [firstQuestion, firstQuestion.planner], homeQuestions, consultationChecklist, salariesNextStep, headerLinks: header, footerLinks };
  for (const [name, links] of Object.entries(lists)) {
    const seen = new Map<string, number>();
    for (const { href } of links) {
      const nth = (seen.get(href) ?? 0) + 1;
      seen.set(href, nth);
      const problem = checkHref(href, "/", anchorsByPath, drafts);
      if (problem) problems.push({ file, ...lineOf(`"${href}"`, { scope: `export const ${name} `, nth }), ...problem });
    }
  }
  return problems;
}

/**
 * Links the tools hold as data (the planner's rules, the job description starters), each checked like a
 * link in a chapter and reported at every line of `file` that holds it.
 */
export function checkDataFileLinks(root: string, file: string, hrefs: readonly string[], anchorsByPath: AnchorsByPath, drafts: ReadonlySet<string>): ContentProblem[] {
  const text = readProjectFile(root, file);
  return [...new Set(hrefs)]
    .flatMap((href) => {
      const problem = checkHref(href, "/", anchorsByPath, drafts);
      return problem ? allPlaces(text, `"${href}"`).map((place) => ({ file, ...place, ...problem })) : [];
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The tools' data links: the planner's reasons, the job description parts and the scorecard's sources, each at its line in lib/data/. */
export function checkToolDataLinks(root: string, anchorsByPath: AnchorsByPath, drafts: ReadonlySet<string>): ContentProblem[] {
  const { architect, engineers, agency, approach, notes } = planRules;
  const planHrefs = [...architect, ...engineers, ...agency, ...approach].map((rule) => rule.href);
  const jobHrefs = jobDescriptions.flatMap((jd) => [jd.summaryHref, ...jd.parts.map((part) => part.href)]);
  return [
    ...checkDataFileLinks(root, "lib/data/plan-rules.ts", planHrefs, anchorsByPath, drafts),
    ...checkDataFileLinks(root, "lib/data/plan-notes.ts", notes.map((note) => note.href), anchorsByPath, drafts),
    ...checkDataFileLinks(root, "lib/data/job-descriptions.ts", jobHrefs, anchorsByPath, drafts),
    ...checkDataFileLinks(root, "lib/data/scorecard.ts", [...scorecardData.sheets.map((sheet) => sheet.href), scorecardData.readingHref], anchorsByPath, drafts),
  ];
}

/** The page paths components link to (`pagePaths` in lib/paths.ts), each checked at its line there. */
export function checkPagePaths(root: string, anchorsByPath: AnchorsByPath, drafts: ReadonlySet<string>): ContentProblem[] {
  const file = "lib/paths.ts";
  const lineOf = lineFinder(root, file);
  return Object.values(pagePaths).flatMap((href) => {
    const problem = checkHref(href, "/", anchorsByPath, drafts);
    return problem ? [{ file, ...lineOf(`"${href}"`, { scope: "export const pagePaths " }), ...problem }] : [];
  });
}

/** The first six of a page's section ids, and how many more it has: "a, b, c, d, e, f and 2 more". */
function sectionList(ids: readonly string[]): string {
  if (ids.length === 0) return "none";
  const shown = ids.slice(0, 6).join(", ");
  return ids.length > 6 ? `${shown} and ${ids.length - 6} more` : shown;
}
