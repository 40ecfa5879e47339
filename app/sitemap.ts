import type { MetadataRoute } from "next";
import { getAllChapters } from "@/lib/chapters";
import { chapterPath, staticPages } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

/**
 * Every chapter and every indexable page. Left out: section share pages (they canonicalise to their
 * chapter), /print (noindex: it repeats every chapter), and the files that are not pages: each chapter's
 * Markdown (`/<chapter>.md`, announced in its page's head), /llms.txt, /llms-full.txt and /feed.xml
 * (announced in every page's head). See `inSitemap` in lib/routes.ts.
 * `lastmod` only where a date is true: each chapter's `updated`, and the newest of them for the home page, which
 * lists them. The other pages have no date of their own, and a borrowed one would change with every chapter.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const chapters = await getAllChapters();
  const latest = chapters.map((c) => c.frontmatter.updated).sort().at(-1);
  return [
    ...staticPages
      .filter((page) => page.inSitemap)
      .map((page) => ({ url: absoluteUrl(page.path), ...(page.path === "/" ? { lastModified: latest } : {}) })),
    ...chapters.map((chapter) => ({ url: absoluteUrl(chapterPath(chapter.slug)), lastModified: chapter.frontmatter.updated })),
  ];
}
