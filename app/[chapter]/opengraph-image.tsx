import { ogCardNotFound, ogSize, renderOgCard } from "@/components/og-card";
import { getChapterBySlug } from "@/lib/chapters";
import { chapterKicker } from "@/lib/schemas/article";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Chapter of the AI hiring guide";

/**
 * Rendered on request, as the section cards are (see there): `npm start` keeps a chapter's card in its memory
 * cache after the first request; an unknown chapter is a 404 and nothing is kept or written for it.
 */
export const dynamic = "force-dynamic";

export default async function Image({ params }: { params: Promise<{ chapter: string }> }) {
  const chapter = await getChapterBySlug((await params).chapter);
  if (!chapter) return ogCardNotFound();
  return renderOgCard({ kicker: chapterKicker(chapter.frontmatter), title: chapter.frontmatter.title });
}
