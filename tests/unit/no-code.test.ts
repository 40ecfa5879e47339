import { run } from "@mdx-js/mdx";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as runtime from "react/jsx-runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { runChapterProgram } from "@/lib/content/run";

// A chapter that imports a module: the check must refuse it, and even if it were built anyway, running
// its program must throw instead of importing. The import is a data: URL that marks a global when it
// loads, so the test sees whether anything was imported.
const root = mkdtempSync(path.join(os.tmpdir(), "guide-no-code-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const marker = "__guideChapterImported";
const chapterWithImport = `---
title: A chapter that imports a module
description: A chapter that tries to import code, which the content check must refuse and the site must never run.
order: 120
updated: 2026-04-17
---

import "data:text/javascript,globalThis.${marker} = true;"

## A heading

Some text.

**Next step:** [request a confidential consultation](/consultation) about the role.
`;

let loaded: { problems: string[]; code: string };
beforeAll(async () => {
  cpSync(path.join(process.cwd(), "content"), path.join(root, "content"), { recursive: true });
  mkdirSync(path.join(root, "public"), { recursive: true });
  writeFileSync(path.join(root, "content", "guides", "imports.mdx"), chapterWithImport);
  const result = await loadContent(root, { includeDrafts: true });
  const chapter = result.chapters.find((c) => c.slug === "imports");
  if (!chapter) throw new Error("the chapter did not compile");
  loaded = { problems: result.problems.map(formatProblem), code: chapter.code };
});

describe("a chapter with an import", () => {
  it("fails the check at the import's line, with a hint", () => {
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatch(
      /^content\/guides\/imports\.mdx:8:1 {2}`import` statements are not allowed in chapters: import "data:text\/javascript,\S+ {2}\(remove it: the registered components need no import; see CONTRIBUTING\.md\)$/,
    );
  });

  it("throws when its compiled program is run the way pages run it, and imports nothing", async () => {
    await expect(runChapterProgram(loaded.code)).rejects.toThrow(/missing `options.baseUrl`/);
    expect(marker in globalThis).toBe(false);
    // Control: given a base URL, the very same program does import. This is what the site no longer does.
    await run(loaded.code, { ...runtime, baseUrl: import.meta.url });
    expect((globalThis as Record<string, unknown>)[marker]).toBe(true);
  });
});
