import { notFound } from "next/navigation";
import { ogSize, renderOgCard } from "@/components/og-card";
import { getChapterBySlug } from "@/lib/chapters";
import { chapterKicker } from "@/lib/schemas/article";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Chapter of the AI hiring guide";

/** Rendered on first request and cached until the next build; unknown chapters are a 404 (see the section card). */
export async function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ chapter: string }> }) {
  const chapter = await getChapterBySlug((await params).chapter);
  if (!chapter) notFound();
  return renderOgCard({ kicker: chapterKicker(chapter.frontmatter), title: chapter.frontmatter.title });
}
