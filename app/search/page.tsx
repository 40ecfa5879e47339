import type { Metadata } from "next";
import { cache } from "react";
import { SearchForm } from "@/components/search-form";
import { SearchPages } from "@/components/search-pages";
import { SearchResults } from "@/components/search-results";
import { withoutControls } from "@/lib/format";
import { homeCardImage, pageMetadata } from "@/lib/metadata";
import { pagePaths, searchPath } from "@/lib/routes";
import { searchGuide } from "@/lib/search";
import { maxQueryLength, maxQueryTerms } from "@/lib/search/options";
import { describeHits, describeNoHits, pageSize, parsePage } from "@/lib/search/paging";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Runs a search once per request, for the title and the page alike. Keyed by the query and page number:
 * React's cache compares arguments by identity, and the title and the page need not get the same object.
 */
const cachedSearch = cache((query: string, page: number) => searchGuide(query, pageSize, page));

/**
 * This request's search: `?q=` and `?page=`, any value of either (a page that is not a number is the first,
 * one past the last the last, so a hand-edited address gets results, never an error).
 */
async function search(searchParams: Props["searchParams"]) {
  const { q, page } = await searchParams;
  // Control characters (a null, an escape) as "�": the query goes back into the title, the box and the status.
  return cachedSearch(withoutControls((Array.isArray(q) ? q[0] : q) ?? ""), parsePage(page));
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query, page } = await search(searchParams);
  // Results pages stay out of search engines by their noindex tag, which robots.txt leaves crawlers free to read.
  // A shared results link previews and forwards those results: og:url and the canonical keep the query (unfurlers
  // follow og:url, and a phone's Share menu sends the canonical: both had given the empty search page), and it
  // shows the site's card, as every page without one of its own does.
  return pageMetadata({
    title: query ? `Search: ${Array.from(query).slice(0, 60).join("")}${page > 1 ? ` (page ${page})` : ""}` : "Search the guide",
    description: "Search every chapter, FAQ answer and salary figure of the AI hiring guide.",
    path: query ? `${searchPath(query)}${page > 1 ? `&page=${page}` : ""}` : pagePaths.search,
    image: homeCardImage,
    noindex: true,
  });
}

const suggestions = ["fractional architect", "HIPAA", "salary", "vetting questions", "build or buy"];

/** Server-rendered search: works without JavaScript, for any input. */
export default async function SearchPage({ searchParams }: Props) {
  const result = await search(searchParams);
  const { query, truncated, hits, total, offset, common } = result;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Search the guide</h1>
      <div className="mt-6">
        <SearchForm id="page-search" name="Search again" defaultValue={query} button />
      </div>
      {truncated && (
        <p className="mt-4 text-sm text-fg-muted">
          Your search was long, so we used its first words (at most {maxQueryTerms} words and {maxQueryLength} characters).
        </p>
      )}
      {!query ? (
        <p className="mt-8 text-fg-muted">Type a question or a few words, for example “what does HIPAA change?”.</p>
      ) : hits.length > 0 ? (
        <>
          {/* `results` is where a later page opens (lib/paths.ts): the count, then the list. */}
          <p id="results" className="mt-8 text-fg-muted" role="status">
            {describeHits(offset, hits.length, total)} for <strong className="text-fg">“{query}”</strong>
          </p>
          <SearchResults hits={hits} />
          <SearchPages result={result} />
        </>
      ) : (
        <div className="mt-8" role="status">
          <p>{describeNoHits(query, common)}, or try one of these:</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            {suggestions.map((s) => (
              <li key={s}>
                {/* A plain link, as the search form is a plain form: a new search loads a new page, whose focus starts at the top. */}
                <a href={searchPath(s)} className="inline-block rounded-full border border-border px-3 py-1 text-sm hover:border-accent">
                  {s}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </main>
  );
}
