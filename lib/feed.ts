import { Feed } from "feed";
import type { ArticleFrontmatter } from "./schemas/article";
import { chapterPath, feedPath } from "./routes";

/**
 * The guide's Atom feed: one entry per chapter, newest `updated` date first (reading order breaks ties),
 * so a feed reader shows a chapter again whenever its content changes. Pure; URLs are absolute on `origin`.
 */
export function buildAtomFeed(input: {
  title: string;
  description: string;
  publisher: string;
  origin: string;
  chapters: readonly { slug: string; frontmatter: Pick<ArticleFrontmatter, "title" | "description" | "updated" | "order"> }[];
}): string {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const chapters = [...input.chapters].sort(
    (a, b) => b.frontmatter.updated.localeCompare(a.frontmatter.updated) || a.frontmatter.order - b.frontmatter.order,
  );
  const home = `${input.origin}/`;
  const feed = new Feed({
    id: home,
    link: home,
    title: input.title,
    description: input.description,
    language: "en",
    updated: chapters.length > 0 ? day(chapters[0].frontmatter.updated) : undefined,
    feedLinks: { atom: `${input.origin}${feedPath}` },
    author: { name: input.publisher, link: home },
    copyright: `© ${input.publisher}`,
    generator: false,
  });
  for (const chapter of chapters) {
    const url = `${input.origin}${chapterPath(chapter.slug)}`;
    feed.addItem({
      id: url,
      link: url,
      title: chapter.frontmatter.title,
      description: chapter.frontmatter.description,
      date: day(chapter.frontmatter.updated),
    });
  }
  return feed.atom1();
}
