import type { Chapter } from "../content/load";
import { staticPages } from "../routes";
import { navLabel } from "../schemas/article";
import type { FaqEntry } from "../schemas/faq";

/**
 * Names the chapter section a link points at, for link text a reader can judge before following it:
 * "Team composition: Fractional architects". A FAQ answer is named by its question. Falls back to the
 * chapter alone, to a page's title, or to the href (the content check has already rejected links that lead nowhere).
 */
export function sectionName(href: string, chapters: readonly Chapter[], faq: readonly FaqEntry[]): string {
  const [pathPart, hash] = href.split("#", 2);
  const chapter = chapters.find((c) => `/${c.slug}` === pathPart);
  if (!chapter) return staticPages.find((page) => page.path === pathPart)?.title ?? href; // "/salaries": "Salary benchmarks"
  const chapterName = navLabel(chapter.frontmatter);
  if (!hash) return chapterName;
  const heading = chapter.analysis.headings.find((h) => h.id === hash);
  if (heading) return `${chapterName}: ${heading.title}`;
  const entry = faq.find((e) => e.id === hash);
  return entry ? `${chapterName}: ${entry.question}` : chapterName;
}

/** `sectionName` for many links at once, as a plain object a view can take as a prop. */
export function sectionNames(hrefs: readonly string[], chapters: readonly Chapter[], faq: readonly FaqEntry[]): Record<string, string> {
  return Object.fromEntries(hrefs.map((href) => [href, sectionName(href, chapters, faq)]));
}
