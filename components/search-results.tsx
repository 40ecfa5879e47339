import Link from "next/link";
import type { SearchHit } from "@/lib/search";
import { Excerpt } from "./excerpt";

const kindLabel = { section: "Section", faq: "FAQ", salary: "Salary data" } as const;

/** Server-rendered result list of the /search page. */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="mt-8 space-y-4" aria-label="Results">
      {hits.map((hit) => (
        <li key={hit.href}>
          <Link href={hit.href} className="block rounded-xl border border-border p-4 hover:border-accent">
            <span className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
              {kindLabel[hit.kind]} · {hit.chapter}
            </span>
            <span className="mt-1 block text-lg font-semibold text-accent">
              <Excerpt parts={hit.titleParts} />
            </span>
            <span className="mt-1 block text-fg-muted">
              <Excerpt parts={hit.excerpt} />
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
