import { navLabel } from "./schemas/article";

/** The little of a chapter a link's name needs. */
interface NamedChapter {
  slug: string;
  frontmatter: { title: string; navTitle?: string };
  analysis: { headings: readonly { id: string; title: string }[] };
}

/**
 * What a root-relative link into the guide lands on: its chapter's short name and, for a `#section`, the
 * heading there (`hash` is kept for targets that are not headings, such as an FAQ answer). Undefined when the
 * path is not a chapter. The FAQ's "Read more" names and the tools' source links word it each their own way.
 */
export function linkTarget(href: string, chapters: readonly NamedChapter[]): { chapterName: string; hash?: string; heading?: { id: string; title: string } } | undefined {
  const [pathPart, hash] = href.split("#", 2);
  const chapter = chapters.find((c) => `/${c.slug}` === pathPart);
  if (!chapter) return undefined;
  const heading = hash ? chapter.analysis.headings.find((h) => h.id === hash) : undefined;
  return { chapterName: navLabel(chapter.frontmatter), hash, heading };
}
