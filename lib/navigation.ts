/**
 * The chapter list a chapter page shows. A page's size must not grow with the number of chapters (a 500-
 * chapter guide would otherwise put 500 links, twice over, in every page), so a long guide shows a window
 * of chapters around the current one, and a link to the full contents on the home page.
 */

/** Guides with at most this many chapters list them all on every chapter page. */
export const fullListLimit = 15;
/** Otherwise, this many chapters are shown on each side of the current one. */
export const windowRadius = 5;

/** The window of chapters to list for `currentIndex`, and how many are left out before and after it. */
export function chapterWindow<T>(chapters: readonly T[], currentIndex: number): { items: T[]; start: number; hiddenBefore: number; hiddenAfter: number } {
  if (chapters.length <= fullListLimit || currentIndex < 0) {
    return { items: [...chapters], start: 0, hiddenBefore: 0, hiddenAfter: 0 };
  }
  const size = 2 * windowRadius + 1;
  const start = Math.min(Math.max(0, currentIndex - windowRadius), chapters.length - size);
  return { items: chapters.slice(start, start + size), start, hiddenBefore: start, hiddenAfter: chapters.length - start - size };
}
