import { searchPath } from "@/lib/routes";
import type { SearchResult } from "@/lib/search";
import { pageSize } from "@/lib/search/paging";

const linkClass = "rounded-lg border border-border px-4 py-3 font-semibold hover:border-accent hover:text-accent";

/**
 * The way to the next and previous results of /search: plain links to the same page with `page=`, so it
 * works without JavaScript, and a full load like the search form's, landing at the results (`#results`).
 * Each link names the results it shows, which reads the same out of context (a screen reader's list of links).
 */
export function SearchPages({ result }: { result: SearchResult }) {
  const { query, total, page, pages, offset, listed } = result;
  const previous = page > 1 ? { page: page - 1, from: offset - pageSize + 1, to: offset } : undefined;
  const next = page < pages ? { page: page + 1, from: offset + pageSize + 1, to: Math.min(offset + 2 * pageSize, listed) } : undefined;
  return (
    <>
      {(previous || next) && (
        <nav aria-label="Result pages" className="mt-8 flex flex-wrap justify-between gap-4">
          {previous && (
            <a href={searchPath(query, previous.page)} rel="prev" className={linkClass}>
              <span aria-hidden="true">← </span>Show results {previous.from} to {previous.to}
            </a>
          )}
          {next && (
            <a href={searchPath(query, next.page)} rel="next" className={`ml-auto ${linkClass}`}>
              Show results {next.from} to {next.to}
              <span aria-hidden="true"> →</span>
            </a>
          )}
        </nav>
      )}
      {page === pages && listed < total && (
        <p className="mt-6 text-fg-muted">
          The pages stop at the best {listed} of {total}. Add a word to your search to find the rest.
        </p>
      )}
    </>
  );
}
