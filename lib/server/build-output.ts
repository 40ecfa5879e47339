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

/** The routes Next prerendered (its prerender manifest), by path; none when it cannot be read. */
function prerenderedRoutes(distDir: string): Record<string, { srcRoute?: string | null }> {
  return (manifest(distDir, "prerender-manifest.json") as { routes?: Record<string, { srcRoute?: string | null }> } | undefined)?.routes ?? {};
}

/** The build's route handlers under /api/ (Next's route manifest: file → URL pattern); undefined if unreadable. */
export function apiRoutesOfBuild(distDir: string): ((path: string) => boolean) | undefined {
  const routes = manifest(distDir, "app-path-routes-manifest.json") as Record<string, string> | undefined;
  return routes && apiRouteMatcher(Object.values(routes).filter((route) => route.startsWith("/api/")));
}

/** The build's prerendered paths (Next's prerender manifest): pages that are the same whatever the query string. */
export function prerenderedPathsOfBuild(distDir: string): Set<string> {
  return new Set(Object.keys(prerenderedRoutes(distDir)));
}

/** A path under one of this build's chapters that Next renders on request: a section's share page, or a preview image. */
export interface ChapterRoute {
  chapter: string;
  /** `share-page`: `/<chapter>/<section>`; `image`: `/<chapter>/opengraph-image` or `/<chapter>/<section>/opengraph-image`. */
  kind: "share-page" | "image";
}

/**
 * Which of a chapter's on-request routes a path is, or undefined for any other path: its first segment must be
 * one of the chapters Next prerendered from app/[chapter] (the prerender manifest). Undefined for every path
 * when the manifest cannot be read.
 */
export function chapterRoutesOfBuild(distDir: string): (path: string) => ChapterRoute | undefined {
  const chapters = new Set(Object.entries(prerenderedRoutes(distDir)).filter(([, route]) => route.srcRoute === "/[chapter]").map(([route]) => route.slice(1)));
  return (pathname) => {
    const [, chapter, section, image, ...rest] = pathname.split("/");
    if (!chapters.has(chapter) || !section || rest.length > 0) return undefined;
    if (section === chapterImageSegment) return image === undefined ? { chapter, kind: "image" } : undefined;
    if (image === undefined) return { chapter, kind: "share-page" };
    return image === chapterImageSegment ? { chapter, kind: "image" } : undefined;
  };
}
