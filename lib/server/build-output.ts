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

/**
 * The chapter of a section's share page (`/<chapter>/<section>`) of this build, or undefined for any other path:
 * its first segment must be one of the chapters Next prerendered from app/[chapter] (the prerender manifest),
 * and its second not the chapter's preview image. Undefined for every path when the manifest cannot be read.
 */
export function shareChaptersOfBuild(distDir: string): (path: string) => string | undefined {
  const routes = (manifest(distDir, "prerender-manifest.json") as { routes?: Record<string, { srcRoute?: string }> } | undefined)?.routes ?? {};
  const chapters = new Set(Object.entries(routes).filter(([, route]) => route.srcRoute === "/[chapter]").map(([route]) => route.slice(1)));
  return (pathname) => {
    const [, chapter, section, ...rest] = pathname.split("/");
    return rest.length === 0 && section && section !== chapterImageSegment && chapters.has(chapter) ? chapter : undefined;
  };
}
