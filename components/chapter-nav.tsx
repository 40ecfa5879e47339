import type { Chapter } from "@/lib/chapters";
import { chapterWindow } from "@/lib/navigation";
import { chapterPath } from "@/lib/routes";
import { navLabel } from "@/lib/schemas/article";
import { AppLink } from "./app-link";
import { pagePaths } from "@/lib/routes";

/**
 * The chapter list beside a chapter, written once per page: a sticky column from 64rem of page width up, a "Chapters"
 * disclosure at the top of the page below that (`@5xl:open-wide`, see app/styles/open-wide.css). The current chapter
 * is marked with aria-current="page" on the server, so it shows without JavaScript. A long guide lists a
 * window of chapters around the current one and links to the full contents (lib/navigation.ts).
 */
export function ChapterNav({ chapters, currentSlug }: { chapters: Chapter[]; currentSlug: string }) {
  const index = chapters.findIndex((chapter) => chapter.slug === currentSlug);
  const { items, hiddenBefore, hiddenAfter } = chapterWindow(chapters, index);
  const more = hiddenBefore + hiddenAfter > 0;
  return (
    <details className="chapter-nav no-print @5xl:open-wide mb-6 rounded-lg border border-border bg-bg-subtle px-4 py-3 text-sm @5xl:mb-0 @5xl:border-0 @5xl:bg-transparent @5xl:p-0">
      <summary className="cursor-pointer font-semibold">Chapters</summary>
      <nav aria-label="Chapters" className="mt-3 @5xl:sticky @5xl:top-20 @5xl:-mx-1.5 @5xl:mt-0 @5xl:max-h-[calc(100vh-6rem)] @5xl:overflow-y-auto @5xl:scroll-py-2 @5xl:px-1.5 @5xl:py-1.5">
        <p className="mb-3 hidden text-xs font-semibold tracking-wide text-fg-muted uppercase @5xl:block">The guide</p>
        {hiddenBefore > 0 && <p className="px-2 pb-1 text-fg-muted">…</p>}
        <ol className="space-y-0.5">
          {items.map((chapter) => (
            <li key={chapter.slug}>
              <AppLink
                href={chapterPath(chapter.slug)}
                aria-current={chapter.slug === currentSlug ? "page" : undefined}
                className="chapter-link flex gap-2 rounded-md px-2 py-1.5"
              >
                {/* A reference part (the glossary) is not a numbered chapter: the page heads it "Reference". */}
                <span className="w-6 shrink-0 text-right text-fg-muted tabular-nums" aria-hidden="true">
                  {chapter.frontmatter.reference ? "" : chapter.frontmatter.order}
                </span>
                <span>{navLabel(chapter.frontmatter)}</span>
              </AppLink>
            </li>
          ))}
        </ol>
        {more && (
          <p className="mt-2 px-2">
            <AppLink href={pagePaths.contents} className="font-medium text-accent underline underline-offset-4">
              All {chapters.length} chapters
            </AppLink>
          </p>
        )}
      </nav>
    </details>
  );
}
