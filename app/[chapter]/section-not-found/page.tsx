import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionNotFound } from "@/components/section-not-found";
import { chapterParams, getChapterBySlug } from "@/lib/chapters";

type Props = { params: Promise<{ chapter: string }> };

// One per chapter, prerendered: the page a shared link to a section the chapter no longer has gets (see
// lib/section-segments.ts).
export const dynamicParams = false;

export function generateStaticParams() {
  return chapterParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chapter = await getChapterBySlug((await params).chapter);
  return { title: chapter ? `Section not found in “${chapter.frontmatter.title}”` : "Section not found", robots: { index: false } };
}

export default async function SectionNotFoundPage({ params }: Props) {
  const chapter = await getChapterBySlug((await params).chapter);
  if (!chapter) notFound();
  return <SectionNotFound chapter={chapter} />;
}
