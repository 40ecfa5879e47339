/*
 * Pages of search results, shared by the /search page, lib/search.ts and the search dialog (client code:
 * this module imports nothing, so nothing else ships with it).
 */

/** Hits on one page of /search: a reader refines the query more often than reading on, and a page stays light. */
export const pageSize = 20;

/**
 * The deepest the pages go: the best 200 (ten pages of /search). The ranking of each recent query is kept
 * for its later pages (lib/search.ts), and a word found in thousands of sections of a large guide would
 * keep thousands; nobody reads that far rather than add a word, and the last page says to.
 */
export const maxListed = 200;

/**
 * The page a `?page=` value asks for: a whole number from 1 (a number past the last page is moved back by
 * pageWindow). Anything else, missing, "abc", "-2", "2.5" or "0", is the first page: a hand-edited or cut
 * address still shows results, never an error.
 */
export function parsePage(raw: unknown): number {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (typeof text !== "string" || !/^\d+$/.test(text.trim())) return 1;
  // Twenty digits and more are Infinity here, which pageWindow moves to the last page like any other.
  return Math.max(1, Number(text.trim()));
}

/** Which page of `total` ranked hits is shown, and where it starts; a page past the last is the last. */
export function pageWindow(page: number, total: number, size = pageSize) {
  const listed = Math.min(total, maxListed);
  const pages = Math.max(1, Math.ceil(listed / size));
  const current = Number.isNaN(page) ? 1 : Math.min(Math.max(1, Math.floor(page)), pages);
  return { page: current, pages, offset: (current - 1) * size, listed };
}

/**
 * What a search that found nothing says, the same on /search and in the dialog. A query of only common
 * words ("how much does it", "a") was not searched at all: "Nothing matches… try fewer words" misled there.
 */
export function describeNoHits(query: string, common: boolean): string {
  return common
    ? `“${query}” has only words too common to search on, such as “how” or “what”. Add the topic you want to know about`
    : `Nothing in the guide matches “${query}”. Try fewer or different words`;
}

/**
 * How a list of hits is described, the same on /search and in the dialog: "3 results", "The best 20 of 66
 * results" (the first page of more), "Results 21 to 40 of 66" (a later one; "to", not a dash, which some
 * screen readers read out as "dash").
 */
export function describeHits(offset: number, shown: number, total: number): string {
  if (offset > 0) return `Results ${offset + 1} to ${offset + shown} of ${total}`;
  if (shown < total) return `The best ${shown} of ${total} results`;
  return `${shown} result${shown === 1 ? "" : "s"}`;
}
