import "server-only";
import { stat, readdir } from "node:fs/promises";
import path from "node:path";
import { loadContent, type Chapter } from "./content/load";
import { ContentError } from "./content/problems";
import { perProcess } from "./per-process";
import { getShareableSections, type ShareableSection } from "./sections";

export type { Chapter } from "./content/load";

const root = process.cwd();
const isDev = process.env.NODE_ENV === "development";

/**
 * One cache per process, not per bundle (lib/per-process.ts): each bundle's copy of this module used to read
 * and compile every chapter again, which at 500 chapters doubled the memory of the build's prerendering
 * worker and cost each kind of route a first request of about 5 s. Chapters are plain data; compiled
 * programs (lib/content/run.ts) stay per bundle, with that bundle's React.
 */
const store = perProcess<{ cached: { signature: string; chapters: Promise<Chapter[]> } }>("chapters");

/** Names and modification times of the chapter files: cheap to read, and changes whenever an editor saves. */
async function contentSignature(): Promise<string> {
  const dir = path.join(process.cwd(), "content", "guides"); // literal, so the file tracer keeps to content/
  const names = (await readdir(dir)).filter((name) => name.endsWith(".mdx")).sort();
  const times = await Promise.all(names.map(async (name) => (await stat(path.join(dir, name))).mtimeMs));
  return names.map((name, i) => `${name}@${times[i]}`).join("|");
}

/** `{ chapter: slug }` of every chapter: the pages Next prerenders from an app/[chapter] route (its generateStaticParams). */
export async function chapterParams(): Promise<{ chapter: string }[]> {
  return (await getAllChapters()).map((chapter) => ({ chapter: chapter.slug }));
}

/**
 * Every published chapter, in reading order. Parsed once per process (and again in dev whenever a file
 * changes). Throws a ContentError listing every problem as `file:line:col  message  (hint)`, which is what
 * makes `next build` fail on broken content.
 */
export async function getAllChapters(): Promise<Chapter[]> {
  // The folder is part of the key: a process that reads another content folder gets that folder's chapters.
  const signature = `${root}|${isDev ? await contentSignature() : "production"}`;
  if (store.cached?.signature !== signature) {
    const chapters = loadContent(root, { includeDrafts: isDev }).then((result) => {
      if (result.problems.length > 0) throw new ContentError(result.problems);
      return result.chapters;
    });
    store.cached = { signature, chapters };
    // A failed load must not stick: the next request (after the editor's fix) tries again.
    chapters.catch(() => {
      if (store.cached?.chapters === chapters) store.cached = undefined;
    });
  }
  return store.cached.chapters;
}

/** One chapter by slug, or undefined. */
export async function getChapterBySlug(slug: string): Promise<Chapter | undefined> {
  return (await getAllChapters()).find((chapter) => chapter.slug === slug);
}

/** A section's share page (`/<chapter>/<section>`) and its preview image: the chapter and the section, if both exist. */
export async function findShareableSection(slug: string, id: string): Promise<{ chapter: Chapter; section: ShareableSection } | undefined> {
  const chapter = await getChapterBySlug(slug);
  const section = chapter && getShareableSections(chapter).find((s) => s.id === id);
  return chapter && section ? { chapter, section } : undefined;
}

/** The chapters before and after `slug` in reading order. */
export async function getAdjacentChapters(slug: string): Promise<{ previous?: Chapter; next?: Chapter }> {
  const chapters = await getAllChapters();
  const index = chapters.findIndex((chapter) => chapter.slug === slug);
  if (index < 0) return {};
  return { previous: chapters[index - 1], next: chapters[index + 1] };
}
