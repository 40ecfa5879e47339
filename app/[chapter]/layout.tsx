import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ChapterNav } from "@/components/chapter-nav";
import { getAllChapters } from "@/lib/chapters";

/** Shared by a chapter and its section share pages: the chapter list beside the article. */
export default async function ChapterLayout({ children, params }: { children: ReactNode; params: Promise<{ chapter: string }> }) {
  const [{ chapter: slug }, chapters] = await Promise.all([params, getAllChapters()]);
  if (!chapters.some((chapter) => chapter.slug === slug)) notFound();
  return (
    <div className="@container">
      <div className="mx-auto max-w-[88rem] gap-10 px-4 pt-8 sm:px-6 @5xl:grid @5xl:grid-cols-[14rem_minmax(0,1fr)]">
        <ChapterNav chapters={chapters} currentSlug={slug} />
        {children}
      </div>
    </div>
  );
}
