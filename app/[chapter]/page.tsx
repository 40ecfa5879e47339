import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleLayout } from "@/components/article-layout";
import { ChapterBody } from "@/components/chapter-body";
import { ChapterJsonLd } from "@/components/chapter-json-ld";
import { chapterParams, getAdjacentChapters, getChapterBySlug } from "@/lib/chapters";
import { chapterCardImage, pageMetadata } from "@/lib/metadata";
import { chapterPath, markdownPath } from "@/lib/routes";

type Props = { params: Promise<{ chapter: string }> };

// Every chapter is prerendered at build; any other path is a real 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return chapterParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chapter = await getChapterBySlug((await params).chapter);
  if (!chapter) return {};
  return pageMetadata({
    title: chapter.frontmatter.title,
    description: chapter.frontmatter.description,
    path: chapterPath(chapter.slug),
    image: chapterCardImage(chapter.slug, chapter.frontmatter),
    type: "article",
    publishedTime: chapter.frontmatter.updated,
    markdownPath: markdownPath(chapter.slug),
  });
}

export default async function ChapterPage({ params }: Props) {
  const slug = (await params).chapter;
  const chapter = await getChapterBySlug(slug);
  if (!chapter) notFound();
  const { previous, next } = await getAdjacentChapters(slug);
  return (
    <>
      <ChapterJsonLd chapter={chapter} />
      <ArticleLayout chapter={chapter} previous={previous} next={next}>
        <ChapterBody chapter={chapter} />
      </ArticleLayout>
    </>
  );
}
