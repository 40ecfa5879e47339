import { ogSize, renderOgCard } from "@/components/og-card";
import { getAllChapters, getChapterBySlug } from "@/lib/chapters";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Chapter of the AI hiring guide";

export async function generateStaticParams() {
  return (await getAllChapters()).map((chapter) => ({ chapter: chapter.slug }));
}

export default async function Image({ params }: { params: Promise<{ chapter: string }> }) {
  const chapter = await getChapterBySlug((await params).chapter);
  return renderOgCard({
    kicker: chapter ? `Chapter ${chapter.frontmatter.order}` : "The guide",
    title: chapter?.frontmatter.title ?? "AI hiring guide",
  });
}
