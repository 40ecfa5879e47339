import { readFileSync } from "node:fs";
import path from "node:path";
import { chapterImageSegment } from "../section-segments";

/** A manifest Next wrote into the build folder, or undefined when it cannot be read. */
function manifest(distDir: string, name: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(distDir, name), "utf8"));
  } catch {
    return undefined;
  }
}

type RouteEntry = { page: string; regex: string };

/**
 * Whether a path names one of the build's route handlers under /api/, matched by the patterns Next itself
 * routes with (routes-manifest.json: a regex per route, dynamic and catch-all segments and the optional
 * trailing slash included); undefined when the manifest cannot be read. Used by the request guard, so that a
 * POST to an unknown /api/ address gets a 404 instead of reaching Next, which reads a multipart POST to an
 * unmatched path as a Server Action call (this site has none) and answers 409 while logging an error each time.
 */
export function apiRoutesOfBuild(distDir: string): ((path: string) => boolean) | undefined {
  const routes = manifest(distDir, "routes-manifest.json") as { staticRoutes?: RouteEntry[]; dynamicRoutes?: RouteEntry[] } | undefined;
  if (!routes?.staticRoutes || !routes.dynamicRoutes) return undefined;
  const patterns = [...routes.staticRoutes, ...routes.dynamicRoutes].filter((route) => route.page.startsWith("/api/")).map((route) => new RegExp(route.regex));
  return (urlPath) => patterns.some((pattern) => pattern.test(urlPath));
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
