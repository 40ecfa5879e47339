import type { Chapter } from "../content/load";
import { staticPages } from "../routes";
import { linkTarget } from "../link-target";
import type { FaqEntry } from "../schemas/faq";

/**
 * Names the chapter section a link points at, for link text a reader can judge before following it:
 * "Team composition: Fractional architects". A FAQ answer is named by its question. Falls back to the
 * chapter alone, to a page's title, or to the href (the content check has already rejected links that lead nowhere).
 */
export function sectionName(href: string, chapters: readonly Chapter[], faq: readonly FaqEntry[]): string {
  const target = linkTarget(href, chapters);
  if (!target) return staticPages.find((page) => page.path === href.split("#")[0])?.title ?? href; // "/salaries": "Salary benchmarks"
  if (target.heading) return `${target.chapterName}: ${target.heading.title}`;
  const entry = target.hash ? faq.find((e) => e.id === target.hash) : undefined;
  return entry ? `${target.chapterName}: ${entry.question}` : target.chapterName;
}

/** `sectionName` for many links at once, as a plain object a view can take as a prop. */
export function sectionNames(hrefs: readonly string[], chapters: readonly Chapter[], faq: readonly FaqEntry[]): Record<string, string> {
  return Object.fromEntries(hrefs.map((href) => [href, sectionName(href, chapters, faq)]));
}
