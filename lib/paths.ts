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
} as const;

/** The /search page for a query. */
export function searchPath(query: string): string {
  return `${pagePaths.search}?q=${encodeURIComponent(query)}`;
}
