import type { SearchHit } from "@/lib/search/hits";
import { AppLink } from "./app-link";
import { Excerpt } from "./excerpt";

const kindLabel = { section: "Section", definition: "Definition", faq: "FAQ", salary: "Salary data", tool: "Tool" } as const;

/**
 * The text of one search result (where it is, its marked title, its excerpt): the /search page and the dialog
 * share it. With `href` (the /search page), the title is a heading whose link covers the whole result box
 * (`after:inset-0`; the box must be `relative`): the link's name is the title alone, not the excerpt too, and
 * a screen reader can jump from result to result by heading. In the dialog (no `href`, smaller) the whole
 * option is the choice.
 */
export function SearchHitText({ hit, href }: { hit: SearchHit; href?: string }) {
  const title = <Excerpt parts={hit.titleParts} />;
  return (
    <>
      <span className="block text-xs font-semibold tracking-wide text-fg-muted uppercase">
        {kindLabel[hit.kind]} · {hit.chapter}
      </span>
      {href ? (
        <h2 className="mt-1 text-lg font-semibold">
          <AppLink href={href} className="text-accent after:absolute after:inset-0">
            {title}
          </AppLink>
        </h2>
      ) : (
        <span className="block font-semibold">{title}</span>
      )}
      {/* In the dialog on a short screen (a phone in landscape, or zoomed 400%) two lines of excerpt: whole, an option
          was taller than the list, and a keyboard reader could not scroll to the rest. /search shows it whole. */}
      <span className={href ? "mt-1 block text-fg-muted" : "block text-sm text-fg-muted [@media(max-height:30rem)]:line-clamp-2"}>
        <Excerpt parts={hit.excerpt} />
      </span>
    </>
  );
}
