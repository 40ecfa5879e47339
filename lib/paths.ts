/*
 * IMPORTANT: this module imports nothing. Client components (the error page) read it, and anything it
 * imported would ship to every reader's browser.
 */

/**
 * Paths of the site's own pages that components and pages link to. Components never write a path as a
 * string literal (a unit test enforces it): they use these (re-exported by lib/routes.ts), chapterPath() and the links in
 * lib/data/shortcuts.ts, and `npm run check` checks every value here like a link in a chapter.
 */
export const pagePaths = {
  home: "/",
  contents: "/#chapters",
  salaries: "/salaries",
  contact: "/contact",
  search: "/search",
  subscribe: "/subscribe",
  consultation: "/consultation",
  privacy: "/privacy",
  privacyLeave: "/privacy#leave",
  /** The deletion-link form on its own, where a mistake in it comes back marked. */
  privacyDelete: "/privacy/delete",
  /** Where to look for an architect (the planner's next step for a plan that hires one). */
  findArchitect: "/sourcing-and-cost#where-to-look",
} as const;

/**
 * The /search page for a query; with `page`, that page of its results, opened at them (`#results`): the
 * reader asked for more results, not for the search box again.
 */
export function searchPath(query: string, page?: number): string {
  const path = `${pagePaths.search}?q=${encodeURIComponent(query)}`;
  if (page === undefined) return path;
  return `${page > 1 ? `${path}&page=${page}` : path}#results`;
}

/** The search dialog's query endpoint (app/api/search/route.ts) for a query. */
export function searchApiPath(query: string): string {
  return `/api/search?q=${encodeURIComponent(query)}`;
}

/**
 * The element id a URL's #fragment names (`#%C3%A9t%C3%A9` is "été"). A malformed escape (`#%ZZ`, from a
 * hand-edited or cut-short link) is taken as written: decodeURIComponent would throw, and a throw in a
 * client effect replaced the whole FAQ page with the error page.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
