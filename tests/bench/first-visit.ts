/**
 * What a first visitor pays on a freshly started server: a search, then share pages and preview images, which
 * are no longer prerendered (issue 12):
 * share pages are rendered by Next on every request (force-dynamic) and kept by our server's response cache
 * after their first, preview images on their first request and then kept until the next build. Measured on a freshly started server, in the order below, as the time
 * until the whole body has arrived (loopback, so this is server time).
 */
import { getShareableSections } from "../../lib/sections";
import { chapterPath, sectionSharePath } from "../../lib/routes";
import { markdownTable, median } from "./table";

async function timedGet(base: string, path: string): Promise<{ status: number; ms: number }> {
  const start = performance.now();
  const response = await fetch(new URL(path, base));
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - start };
}

/** The first-visit table for the guide under `root`, served (freshly started) at `base`. */
export async function measureFirstVisit(base: string, root: string): Promise<string> {
  const { loadContent } = await import("../../lib/content/load");
  const chapters = (await loadContent(root)).chapters.filter((chapter) => getShareableSections(chapter).length > 0);
  if (chapters.length < 2) throw new Error("first visit: need two chapters with sections");
  const [a, b] = chapters;
  const shareA = sectionSharePath(a.slug, getShareableSections(a)[0].id);
  const shareB = sectionSharePath(b.slug, getShareableSections(b)[0].id);
  const steps: { what: string; path: string; repeat?: boolean }[] = [
    // The server reads the chapters and builds the search index right after it starts (lib/server/start.ts).
    { what: "search page, first request after the server started", path: "/search?q=vetting+questions" },
    { what: "share page, first request", path: shareA },
    { what: "share page of another chapter (code warm)", path: shareB },
    { what: "the same share page again, median of 5 (from the response cache)", path: shareB, repeat: true },
    { what: "chapter preview image, first request after start", path: `${chapterPath(a.slug)}/opengraph-image` },
    { what: "preview image of another chapter (renderer warm, not cached yet)", path: `${chapterPath(b.slug)}/opengraph-image` },
    { what: "the same preview image again, median of 5 (cached)", path: `${chapterPath(b.slug)}/opengraph-image`, repeat: true },
    { what: "section preview image, first request", path: `${shareB}/opengraph-image` },
    { what: "the same section preview image again, median of 5 (cached)", path: `${shareB}/opengraph-image`, repeat: true },
  ];
  const rows: (string | number)[][] = [];
  for (const step of steps) {
    const runs = [];
    for (let i = 0; i < (step.repeat ? 5 : 1); i++) runs.push(await timedGet(base, step.path));
    rows.push([step.what, `\`${step.path}\``, runs[0].status, Math.round(median(runs.map((r) => r.ms)))]);
  }
  return markdownTable(["request", "path", "status", "ms"], rows);
}
