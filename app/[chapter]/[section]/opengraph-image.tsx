import { notFound } from "next/navigation";
import { ogSize, renderOgCard } from "@/components/og-card";
import { getChapterBySlug } from "@/lib/chapters";
import { getShareableSections } from "@/lib/sections";
import { sectionCardKicker } from "@/lib/schemas/article";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Section of the AI hiring guide";

/**
 * Rendered on first request and then cached until the next build (none at build time: a guide of 500
 * chapters has thousands of sections, and prerendering every card made the build ten times slower).
 * Only real sections get a card; any other address is a 404 and nothing is cached for it.
 */
export async function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ chapter: string; section: string }> }) {
  const { chapter: slug, section: id } = await params;
  const chapter = await getChapterBySlug(slug);
  const section = chapter && getShareableSections(chapter).find((s) => s.id === id);
  if (!chapter || !section) notFound();
  return renderOgCard({
    kicker: sectionCardKicker(chapter.frontmatter),
    title: section.title,
  });
}
