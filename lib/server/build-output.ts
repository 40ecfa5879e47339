import { readFileSync } from "node:fs";
import path from "node:path";
import { chapterImageSegment } from "../section-segments";
import { apiRouteMatcher } from "./request-guard";

/** A manifest Next wrote into the build folder, or undefined when it cannot be read. */
function manifest(distDir: string, name: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(distDir, name), "utf8"));
  } catch {
    return undefined;
  }
}

/** The build's route handlers under /api/ (Next's route manifest: file → URL pattern); undefined if unreadable. */
export function apiRoutesOfBuild(distDir: string): ((path: string) => boolean) | undefined {
  const routes = manifest(distDir, "app-path-routes-manifest.json") as Record<string, string> | undefined;
  return routes && apiRouteMatcher(Object.values(routes).filter((route) => route.startsWith("/api/")));
}

/** A path under one of this build's chapters that Next renders on request: a section's share page, or a preview image. */
export interface ChapterRoute {
  chapter: string;
  /** `share-page`: `/<chapter>/<section>`; `image`: `/<chapter>/opengraph-image` or `/<chapter>/<section>/opengraph-image`. */
  kind: "share-page" | "image";
}

/**
 * What Next's prerender manifest says about paths, read once: `paths`, the prerendered ones (pages that are
 * the same whatever the query string); `chapterRoute`, which of a chapter's on-request routes a path is, or
 * undefined for any other path (its first segment must be a chapter Next prerendered from app/[chapter]).
 * No path is either when the manifest cannot be read.
 */
export function prerenderedOfBuild(distDir: string): { paths: Set<string>; chapterRoute: (path: string) => ChapterRoute | undefined } {
  const routes = (manifest(distDir, "prerender-manifest.json") as { routes?: Record<string, { srcRoute?: string | null }> } | undefined)?.routes ?? {};
  const chapters = new Set(Object.entries(routes).filter(([, route]) => route.srcRoute === "/[chapter]").map(([route]) => route.slice(1)));
  const chapterRoute = (pathname: string): ChapterRoute | undefined => {
    const [, chapter, section, image, ...rest] = pathname.split("/");
    if (!chapters.has(chapter) || !section || rest.length > 0) return undefined;
    if (section === chapterImageSegment) return image === undefined ? { chapter, kind: "image" } : undefined;
    if (image === undefined) return { chapter, kind: "share-page" };
    return image === chapterImageSegment ? { chapter, kind: "image" } : undefined;
  };
  return { paths: new Set(Object.keys(routes)), chapterRoute };
}
