import { AppLink } from "./app-link";
import type { Chapter } from "@/lib/chapters";
import { chapterPath } from "@/lib/routes";

function PagerLink({ chapter, direction }: { chapter: Chapter; direction: "Previous" | "Next" }) {
  // The glossary is reference, not a chapter (its page is headed "Reference").
  const what = chapter.frontmatter.reference ? "" : " chapter";
  return (
    <AppLink
      href={chapterPath(chapter.slug)}
      rel={direction === "Next" ? "next" : "prev"}
      className={`group flex flex-1 flex-col rounded-lg border border-border p-4 hover:border-accent ${direction === "Next" ? "text-right" : ""}`}
    >
      <span className="text-sm text-fg-muted">
        {/* The arrows are drawn, not read ("left arrow Previous chapter"), as the search pages' are. */}
        {direction === "Previous" ? (
          <>
            <span aria-hidden="true">← </span>Previous{what}
          </>
        ) : (
          <>
            Next{what}
            <span aria-hidden="true"> →</span>
          </>
        )}
      </span>
      <span className="mt-1 font-semibold text-fg group-hover:text-accent">{chapter.frontmatter.title}</span>
    </AppLink>
  );
}

/** Previous / next chapter links at the foot of a chapter. */
export function Pager({ previous, next }: { previous?: Chapter; next?: Chapter }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next chapters" className="no-print mt-14 flex flex-col gap-3 sm:flex-row">
      {previous ? <PagerLink chapter={previous} direction="Previous" /> : <span className="hidden flex-1 sm:block" />}
      {next ? <PagerLink chapter={next} direction="Next" /> : <span className="hidden flex-1 sm:block" />}
    </nav>
  );
}
