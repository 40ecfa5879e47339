import "server-only";
import { getAllChapters, getChapterBySlug } from "./chapters";
import { chapterToMarkdown, guideToMarkdown } from "./content/markdown";
import { buildLlmsTxt } from "./llms-txt";
import { feedPath, printPath, staticPages, toolPath } from "./routes";
import { site, siteOrigin } from "./site";
import { tools } from "./tools/catalog";

/**
 * The guide's plain-text forms, from the one content pipeline: each chapter as Markdown (`/<chapter>.md`)
 * and the whole guide in reading order (`/llms-full.txt`). Links are absolute on `siteOrigin`.
 */

/** A published chapter as Markdown, or undefined for an unknown slug. */
export async function getChapterMarkdown(slug: string): Promise<string | undefined> {
  const chapter = await getChapterBySlug(slug);
  if (!chapter) return undefined;
  return chapterToMarkdown(chapter, { origin: siteOrigin, chapters: await getAllChapters() });
}

/** Every published chapter as one Markdown document, in reading order. */
export async function getGuideMarkdown(): Promise<string> {
  const chapters = await getAllChapters();
  return guideToMarkdown(chapters, { origin: siteOrigin, chapters });
}

/** `/llms.txt`: the guide's chapters (as Markdown) and key pages, in the llmstxt.org format. */
export async function getLlmsTxt(): Promise<string> {
  // Titles from lib/routes.ts staticPages (the home page's "Home" says too little on its own).
  const keyPages = ["/", "/salaries", ...tools.map((tool) => toolPath(tool.id)), "/contact", "/llms-full.txt", printPath(), feedPath];
  const pages = keyPages.map((path) => {
    const page = staticPages.find((p) => p.path === path);
    if (!page) throw new Error(`llms.txt lists ${path}, which is not in staticPages (lib/routes.ts)`);
    return page;
  });
  return buildLlmsTxt({
    name: site.name,
    summary: site.description,
    origin: siteOrigin,
    chapters: await getAllChapters(),
    pages: pages.map((page) => (page.path === "/" ? { ...page, title: "Home page: every chapter and the common questions" } : page)),
  });
}
