/**
 * Addresses under a chapter (`/<chapter>/<segment>`) that are the site's own, not a section's share page.
 * Kept apart from lib/routes.ts, which loads and validates the salary and tools data, because the production
 * server (lib/server/) needs these at start and nothing else of it.
 */

/**
 * What a shared link to a section the chapter no longer has shows (app/[chapter]/section-not-found): the
 * chapter's sections, prerendered once per chapter. `npm start` serves it, with status 404, for every
 * unknown `/<chapter>/<section>` (lib/server/not-found-document.ts); at its own address it is a 404 too.
 */
export const sectionNotFoundSegment = "section-not-found";

/** The chapter's preview image (app/[chapter]/opengraph-image.tsx). */
export const chapterImageSegment = "opengraph-image";

/** Ids a heading cannot take: its share page would sit where one of these pages is. */
export const reservedSectionIds: readonly string[] = [sectionNotFoundSegment, chapterImageSegment];
