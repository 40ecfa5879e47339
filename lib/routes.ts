import { marketNotes, salaryBands } from "./salary-bands";

/** Anchor id of a salary band on /salaries, e.g. `ai-architect-us`. */
export function bandAnchor(band: { role: string; region: string }): string {
  return `${band.role}-${band.region.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/** Pages that are not chapters. Links to them (and their anchors) are checked like links to chapters. */
export const staticPages: readonly { path: string; title: string; anchors: readonly string[]; inSitemap: boolean }[] = [
  { path: "/", title: "Home", anchors: ["chapters"], inSitemap: true },
  {
    path: "/salaries",
    title: "Salary benchmarks",
    anchors: [...salaryBands.map(bandAnchor), ...marketNotes.map((note) => note.id)],
    inSitemap: true,
  },
  { path: "/contact", title: "Talk to a specialist", anchors: [], inSitemap: true },
  { path: "/search", title: "Search", anchors: [], inSitemap: false },
  { path: "/consultation", title: "Request a confidential consultation", anchors: [], inSitemap: true },
  { path: "/subscribe", title: "Subscribe to the newsletter", anchors: [], inSitemap: true },
  { path: "/privacy", title: "Privacy", anchors: ["newsletter", "consultation", "abuse", "leave"], inSitemap: true },
];

/**
 * Chapter slugs that would collide with a route or file of the app. Chapters live at `/<slug>`,
 * so a chapter called `salaries` would be shadowed by the salaries page.
 */
export const reservedSlugs: readonly string[] = [
  "salaries",
  "contact",
  "search",
  "consultation",
  "subscribe",
  "unsubscribe",
  "privacy",
  "admin",
  "api",
  "icon",
  "opengraph-image",
  "twitter-image",
  "sitemap.xml",
  "robots.txt",
  "search-index.json",
  "_next",
];

/** URL path of a chapter. */
export function chapterPath(slug: string): string {
  return `/${slug}`;
}

/** URL path of a section's share page (prerendered, with its own link preview). */
export function sectionSharePath(slug: string, sectionId: string): string {
  return `/${slug}/${sectionId}`;
}
