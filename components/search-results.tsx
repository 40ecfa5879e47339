import { AppLink } from "./app-link";
import type { SearchHit } from "@/lib/search";
import { SearchHitText } from "./search-hit";

/** Server-rendered result list of the /search page. */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="mt-8 space-y-4" aria-label="Results">
      {hits.map((hit) => (
        <li key={hit.href}>
          <AppLink href={hit.href} className="block rounded-xl border border-border p-4 hover:border-accent">
            <SearchHitText hit={hit} />
          </AppLink>
        </li>
      ))}
    </ol>
  );
}
