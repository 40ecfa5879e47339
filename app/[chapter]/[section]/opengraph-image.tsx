import { ogSize, renderOgCard } from "@/components/og-card";
import { getAllChapters, getChapterBySlug } from "@/lib/chapters";
import { getShareableSections } from "@/lib/sections";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Section of the AI hiring guide";

export async function generateStaticParams() {
  const chapters = await getAllChapters();
  return chapters.flatMap((chapter) => getShareableSections(chapter).map((s) => ({ chapter: chapter.slug, section: s.id })));
}

export default async function Image({ params }: { params: Promise<{ chapter: string; section: string }> }) {
  const { chapter: slug, section: id } = await params;
  const chapter = await getChapterBySlug(slug);
  const section = chapter && getShareableSections(chapter).find((s) => s.id === id);
  return renderOgCard({
    kicker: chapter ? `Chapter ${chapter.frontmatter.order}: ${chapter.frontmatter.navTitle ?? chapter.frontmatter.title}` : "The guide",
    title: section?.title ?? "AI hiring guide",
  });
}
