import type { MetadataRoute } from "next";
import { getAllChapters } from "@/lib/chapters";
import { chapterPath, staticPages } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

/** Every chapter and every indexable page. Section share pages are left out: they canonicalise to their chapter. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const chapters = await getAllChapters();
  const latest = chapters.map((c) => c.frontmatter.updated).sort().at(-1);
  return [
    ...staticPages.filter((page) => page.inSitemap).map((page) => ({ url: absoluteUrl(page.path), lastModified: latest })),
    ...chapters.map((chapter) => ({ url: absoluteUrl(chapterPath(chapter.slug)), lastModified: chapter.frontmatter.updated })),
  ];
}
