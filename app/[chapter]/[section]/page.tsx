import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleLayout } from "@/components/article-layout";
import { ChapterBody } from "@/components/chapter-body";
import { LandAtSection } from "@/components/land-at-section.client";
import { findShareableSection, getAdjacentChapters } from "@/lib/chapters";
import { pageMetadata, previewCardPath } from "@/lib/metadata";
import { chapterPath, markdownPath, sectionSharePath } from "@/lib/routes";
import { navLabel, sectionCardKicker } from "@/lib/schemas/article";
import { absoluteUrl } from "@/lib/site";

type Props = { params: Promise<{ chapter: string; section: string }> };

/**
 * One page per section (h2 or h3) and FAQ answer (lib/sections.ts): a #fragment never reaches a
 * link-preview crawler, this URL does. Rendered on request,
 * not prerendered (a 500-chapter guide has thousands of sections, and prerendering them made the build ten
 * times slower) and not written to Next's on-disk page cache either: that cache also keeps 404s, so
 * made-up section names could fill the disk. A render costs about 12 ms (the chapter is compiled once per
 * process); `npm start` then keeps the page in its bounded memory cache (lib/server/response-cache.ts), so a
 * link shared widely is rendered once. Unknown sections are a real 404, never kept.
 */
export const dynamic = "force-dynamic";

async function find(params: Props["params"]) {
  const { chapter, section } = await params;
  return findShareableSection(chapter, section);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const { chapter, section } = found;
  return pageMetadata({
    title: [section.title, navLabel(chapter.frontmatter)],
    description: section.description,
    path: sectionSharePath(chapter.slug, section.id),
    image: {
      path: previewCardPath(sectionSharePath(chapter.slug, section.id)),
      alt: `${section.title} (${sectionCardKicker(chapter.frontmatter)})`, // the card's own words
    },
    // Its own address, not the chapter's: a phone's Share menu (Chrome for Android, Safari) shares the canonical,
    // and forwarding the section had sent the top of the chapter. Kept out of search results instead, where the
    // chapter stands for it.
    noindex: true,
    markdownPath: markdownPath(chapter.slug),
    type: "article",
  });
}

export default async function SectionSharePage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  const { chapter, section } = found;
  const { previous, next } = await getAdjacentChapters(chapter.slug);
  const notice = (
    <p className="no-print mb-8 max-w-[68ch] rounded-lg border border-border bg-bg-subtle px-4 py-3 text-sm">
      {section.kind === "answer" ? "You were sent the answer to " : "You were sent the section "}
      <strong>“{section.title}”</strong>.{" "}
      <a href={`#${section.id}`} className="font-semibold text-accent underline underline-offset-4">
        {section.kind === "answer" ? "Jump to the answer" : "Jump to the section"}
      </a>
    </p>
  );
  return (
    <ArticleLayout
      chapter={chapter}
      previous={previous}
      next={next}
      notice={notice}
      share={{ url: absoluteUrl(sectionSharePath(chapter.slug, section.id)), title: section.title, label: section.kind === "answer" ? "Share this answer" : "Share this section" }}
    >
      <LandAtSection id={section.id} chapterPath={chapterPath(chapter.slug)} />
      <ChapterBody chapter={chapter} />
    </ArticleLayout>
  );
}
