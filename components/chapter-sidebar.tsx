import type { Chapter } from "@/lib/chapters";
import { ChapterLinks } from "./chapter-links";

/** Left column on wide screens: every chapter, the current one marked with aria-current="page". */
export function ChapterSidebar({ chapters, currentSlug }: { chapters: Chapter[]; currentSlug: string }) {
  return (
    <aside className="no-print hidden lg:block">
      <nav aria-label="Chapters" className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto text-sm">
        <h2 className="mb-3 text-xs font-semibold tracking-wide text-fg-muted uppercase">The guide</h2>
        <ChapterLinks
          chapters={chapters}
          currentSlug={currentSlug}
          className="text-fg-muted hover:bg-bg-subtle hover:text-fg aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold aria-[current=page]:text-fg"
        />
      </nav>
    </aside>
  );
}
