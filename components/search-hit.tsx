import type { SearchHit } from "@/lib/search/hits";
import { Excerpt } from "./excerpt";

const kindLabel = { section: "Section", definition: "Definition", faq: "FAQ", salary: "Salary data", tool: "Tool" } as const;

/** The text of one search result (where it is, its marked title, its excerpt): the /search page and the dialog share it. */
export function SearchHitText({ hit, compact = false }: { hit: SearchHit; compact?: boolean }) {
  return (
    <>
      <span className="block text-xs font-semibold tracking-wide text-fg-muted uppercase">
        {kindLabel[hit.kind]} · {hit.chapter}
      </span>
      <span className={compact ? "block font-semibold" : "mt-1 block text-lg font-semibold text-accent"}>
        <Excerpt parts={hit.titleParts} />
      </span>
      <span className={compact ? "block text-sm text-fg-muted" : "mt-1 block text-fg-muted"}>
        <Excerpt parts={hit.excerpt} />
      </span>
    </>
  );
}
