import { marketNotes, salaryBands } from "./salary-bands";
import type { ToolId } from "./schemas/tool";
import { tools } from "./tools/catalog";

/** URL path of a hiring tool's page, e.g. `/plan`. */
export function toolPath(id: ToolId): string {
  return `/${id}`;
}

/** Ids a tool page has (each role's sheet or starter is an anchor; the planner has its form and answer). */
const toolAnchors: Record<ToolId, readonly string[]> = {
  plan: ["questions", "answer"],
  scorecard: ["ai-architect", "software-engineer"],
  "job-descriptions": ["ai-architect", "software-engineer"],
};

/**
 * Anchor id of a salary band on /salaries: role and region (`ai-architect-us`), or the role alone for a
 * band whose source names no region (`software-engineer`).
 */
export function bandAnchor(band: { role: string; region?: string }): string {
  return band.region ? `${band.role}-${band.region.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : band.role;
}

/**
 * Pages and files that are not chapters. Links to them (and their anchors) are checked like links to
 * chapters. `inSitemap` is true only for indexable HTML pages: /search is per query, /print repeats every
 * chapter on one page (noindex, see app/print/page.tsx), and the feed and llms.txt files are not pages
 * (the feed and each chapter's Markdown are announced by <link rel="alternate"> in the page heads).
 */
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
  { path: "/print", title: "The whole guide on one page, for printing or saving as PDF", anchors: [], inSitemap: false },
  { path: "/llms-full.txt", title: "The whole guide as one Markdown file", anchors: [], inSitemap: false },
  { path: "/llms.txt", title: "The guide for language models (llms.txt)", anchors: [], inSitemap: false },
  { path: "/feed.xml", title: "Atom feed of chapter updates", anchors: [], inSitemap: false },
  ...tools.map((tool) => ({ path: toolPath(tool.id), title: tool.title, anchors: toolAnchors[tool.id], inSitemap: true })),
  { path: "/consultation", title: "Request a confidential consultation", anchors: [], inSitemap: true },
  { path: "/subscribe", title: "Subscribe to the newsletter", anchors: [], inSitemap: true },
  { path: "/privacy", title: "Privacy", anchors: ["newsletter", "consultation", "abuse", "leave"], inSitemap: true },
  // Where the privacy notice's deletion-link form comes back with a mistake marked; the notice holds the form.
  { path: "/privacy/delete", title: "Get a link to delete your data", anchors: [], inSitemap: false },
];

export { pagePaths, searchPath } from "./paths";

/**
 * Chapter slugs that would collide with a route or file of the app. Chapters live at `/<slug>`,
 * so a chapter called `salaries` would be shadowed by the salaries page.
 */
export const reservedSlugs: readonly string[] = [
  "salaries",
  "contact",
  "search",
  ...tools.map((tool) => tool.id),
  "consultation",
  "subscribe",
  "unsubscribe",
  "privacy",
  "admin",
  "api",
  "icon",
  "icon.svg",
  "fonts",
  "opengraph-image",
  "twitter-image",
  "sitemap.xml",
  "robots.txt",
  "print",
  "md",
  "feed.xml",
  "llms.txt",
  "llms-full.txt",
  "_next",
];

/** URL path of a chapter. */
export function chapterPath(slug: string): string {
  return `/${slug}`;
}

/** URL path of a chapter's Markdown version (served by app/md/[chapter]/route.ts through a rewrite in next.config.ts). */
export function markdownPath(slug: string): string {
  return `/${slug}.md`;
}

/** URL path of the Atom feed (app/feed.xml/route.ts). */
export const feedPath = "/feed.xml";

/** URL path of /print, every chapter on one page. */
export function printPath(): string {
  return "/print";
}

/** Id of a chapter's part of /print, and of its headings and FAQ answers there: ids stay unique across chapters. */
export function printAnchor(slug: string, id?: string): string {
  return id ? `${slug}--${id}` : slug;
}

/**
 * Where a chapter's link points on /print: to the chapter or section on the same page when the target
 * chapter is printed there (so links work in a saved PDF), else unchanged. `#id` is read as `fromSlug`'s.
 */
export function printHref(href: string, fromSlug: string, printedSlugs: ReadonlySet<string>): string {
  const match = /^(?:\/([a-z0-9-]+))?(?:#(.+))?$/.exec(href);
  if (!match || (!match[1] && !match[2])) return href;
  const slug = match[1] ?? fromSlug;
  return printedSlugs.has(slug) ? `#${printAnchor(slug, match[2])}` : href;
}

/** URL path of a section's share page (rendered on request, with its own link preview). */
export function sectionSharePath(slug: string, sectionId: string): string {
  return `/${slug}/${sectionId}`;
}

