import Link from "next/link";
import type { Chapter } from "@/lib/chapters";

/** Left column on wide screens: every chapter, the current one marked with aria-current="page". */
export function ChapterSidebar({ chapters, currentSlug }: { chapters: Chapter[]; currentSlug: string }) {
  return (
    <aside className="no-print hidden lg:block">
      <nav aria-label="Chapters" className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto text-sm">
        <h2 className="mb-3 text-xs font-semibold tracking-wide text-fg-muted uppercase">The guide</h2>
        <ol className="space-y-0.5">
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              <Link
                href={`/${chapter.slug}`}
                aria-current={chapter.slug === currentSlug ? "page" : undefined}
                className="flex gap-2 rounded-md px-2 py-1.5 text-fg-muted hover:bg-bg-subtle hover:text-fg aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold aria-[current=page]:text-fg"
              >
                <span className="w-4 shrink-0 text-right tabular-nums" aria-hidden="true">
                  {chapter.frontmatter.order}
                </span>
                <span>{chapter.frontmatter.navTitle ?? chapter.frontmatter.title}</span>
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    </aside>
  );
}
