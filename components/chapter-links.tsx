import Link from "next/link";
import type { Chapter } from "@/lib/chapters";
import { chapterPath } from "@/lib/routes";

/** Numbered list of every chapter, used by the header menus and the sidebar; the current one gets aria-current="page". */
export function ChapterLinks({ chapters, currentSlug, className }: { chapters: Chapter[]; currentSlug?: string; className: string }) {
  return (
    <ol className="space-y-0.5">
      {chapters.map((chapter) => (
        <li key={chapter.slug}>
          <Link href={chapterPath(chapter.slug)} aria-current={chapter.slug === currentSlug ? "page" : undefined} className={`flex gap-2 rounded-md px-2 py-1.5 ${className}`}>
            <span className="w-5 shrink-0 text-right text-fg-muted tabular-nums" aria-hidden="true">
              {chapter.frontmatter.order}
            </span>
            <span>{chapter.frontmatter.navTitle ?? chapter.frontmatter.title}</span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
