import type { SearchHit } from "@/lib/search";
import { SearchHitText } from "./search-hit";

/** Server-rendered result list of the /search page: each result a box whose title link covers it. */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="mt-8 space-y-4" aria-label="Results">
      {hits.map((hit) => (
        <li key={hit.href} className="relative rounded-xl border border-border p-4 focus-within:border-accent hover:border-accent">
          <SearchHitText hit={hit} href={hit.href} />
        </li>
      ))}
    </ol>
  );
}
