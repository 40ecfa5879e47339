import { statSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import path from "node:path";
import parseRange from "range-parser";

/**
 * Files Next serves from disk, and the request headers its file server (send) answers with an error status
 * that Next then renders through an error page this build does not have: a Range that asks for nothing (416)
 * and a failed If-Match or If-Unmodified-Since (412) each became a 500 and a logged error. The server answers
 * the first itself and drops the second, before Next sees the request.
 */
export function staticFiles(projectDir: string) {
  // `/_next/static/…` from the build, any other path from public/ (icons, fonts).
  const roots = [
    { prefix: "/_next/static/", dir: path.join(projectDir, ".next", "static") },
    { prefix: "/", dir: path.join(projectDir, "public") },
  ];
  // Sizes never change for a build; a path that is no file is remembered as null. Bounded: any path can be asked.
  const sizes = new Map<string, number | null>();
  return function sizeOf(urlPath: string): number | null {
    if (!sizes.has(urlPath)) {
      const root = roots.find(({ prefix }) => urlPath.startsWith(prefix))!;
      let size: number | null = null;
      try {
        const file = path.resolve(root.dir, decodeURIComponent(urlPath.slice(root.prefix.length)));
        const stat = file.startsWith(root.dir + path.sep) ? statSync(file) : undefined;
        if (stat?.isFile()) size = stat.size;
      } catch {
        size = null;
      }
      if (sizes.size >= 10_000) return size;
      sizes.set(urlPath, size);
    }
    return sizes.get(urlPath) ?? null;
  };
}

/**
 * What to do with a request for a static file of `size` bytes: answer 416 for a `bytes=` Range that asks for
 * nothing in it, read as send reads it (range-parser, the library send uses, so the two never disagree), and
 * drop If-Match and If-Unmodified-Since: they guard changes to a resource, and a build's files never change,
 * so the file is served as if they were not sent. With If-Range (resuming a download) an unusable Range is
 * dropped instead of refused, which is what the RFC asks when the If-Range does not match. Pure.
 */
export function staticFileAnswer(headers: IncomingHttpHeaders, size: number): { status: 416 } | { drop: string[] } {
  const drop = ["if-match", "if-unmodified-since"].filter((name) => headers[name] !== undefined);
  const range = headers.range;
  if (range !== undefined && /^ *bytes=/.test(range) && parseRange(size, range, { combine: true }) === -1) {
    if (headers["if-range"] === undefined) return { status: 416 };
    drop.push("range");
  }
  return { drop };
}
