import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { staticFileAnswer, staticFiles } from "@/lib/server/static-files";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);

// Headers Next's file server answers with a 416 or a 412 through an error page the build does not have: each was
// a 500. What the server does first, read as send reads them (range-parser).
describe("a static file's Range and preconditions", () => {
  it("refuses with 416 a bytes Range that asks for nothing in the file, malformed or reversed ones too", () => {
    for (const range of ["bytes=100-", "bytes=999999999-", "bytes=100-200, 300-400", "bytes=abc", "bytes=5-1", "bytes=", "bytes=,", "bytes=-x"]) {
      expect(staticFileAnswer({ range }, 100), range).toEqual({ status: 416 });
    }
  });

  it("lets through a Range some of the file satisfies, and a unit send does not read", () => {
    for (const range of ["bytes=0-0", "bytes=99-", "bytes=-5", "bytes=100-200, 0-1", "items=0-1"]) {
      expect(staticFileAnswer({ range }, 100), range).toEqual({ drop: [] });
    }
  });

  it("drops If-Match and If-Unmodified-Since, and, with If-Range, an unusable Range rather than refusing it", () => {
    expect(staticFileAnswer({ "if-match": '"nope"', "if-unmodified-since": "Thu, 01 Jan 1970 00:00:00 GMT" }, 100)).toEqual({ drop: ["if-match", "if-unmodified-since"] });
    expect(staticFileAnswer({ range: "bytes=500-", "if-range": '"x"' }, 100)).toEqual({ drop: ["range"] });
  });
});

describe("which paths are static files", () => {
  const project = tempDir("guide-static-files-");
  mkdirSync(path.join(project, ".next", "static", "chunks"), { recursive: true });
  mkdirSync(path.join(project, "public", "fonts"), { recursive: true });
  writeFileSync(path.join(project, ".next", "static", "chunks", "a.js"), "12345");
  writeFileSync(path.join(project, "public", "fonts", "f.woff"), "123");
  writeFileSync(path.join(project, "package.json"), "{}");
  const sizeOf = staticFiles(project);

  it("knows the build's files and public/'s by their size", () => {
    expect(sizeOf("/_next/static/chunks/a.js")).toBe(5);
    expect(sizeOf("/fonts/f.woff")).toBe(3);
  });

  it("knows nothing else: pages, folders, missing files, and paths that climb out", () => {
    for (const urlPath of ["/vetting", "/fonts", "/fonts/missing.woff", "/_next/static/chunks/b.js", "/../package.json", "/%2e%2e/package.json", "/_next/static/../../package.json"]) {
      expect(sizeOf(urlPath), urlPath).toBeNull();
    }
  });
});
