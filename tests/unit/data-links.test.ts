import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { faqEntries } from "@/lib/faq";

// Links held in lib/ data are checked like links in chapters: remove a chapter the FAQ points at and
// the check names the FAQ entry, at its line in lib/data/faq.ts.
const projectRoot = process.cwd();
const root = mkdtempSync(path.join(os.tmpdir(), "guide-data-links-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("links in lib/ data", () => {
  it("reports a FAQ entry whose chapter no longer exists, at the entry's line", async () => {
    cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
    mkdirSync(path.join(root, "public"));
    mkdirSync(path.join(root, "lib", "data"), { recursive: true });
    cpSync(path.join(projectRoot, "lib", "data", "faq.ts"), path.join(root, "lib", "data", "faq.ts"));
    rmSync(path.join(root, "content", "guides", "vetting.mdx"));

    const { problems } = await loadContent(root);
    const faqProblems = problems.filter((problem) => problem.file === "lib/data/faq.ts").map(formatProblem);

    const source = readFileSync(path.join(projectRoot, "lib", "data", "faq.ts"), "utf8").split("\n");
    const expected = faqEntries
      .filter((entry) => entry.chapters.includes("vetting"))
      .map((entry) => {
        const line = source.findIndex((text) => text.includes(`"${entry.id}"`)) + 1;
        const column = source[line - 1].indexOf(`"${entry.id}"`) + 1;
        return `lib/data/faq.ts:${line}:${column}  FAQ entry "${entry.id}" links to missing chapter "vetting"  (use a chapter slug)`;
      });
    expect(expected.length).toBeGreaterThan(0);
    expect(faqProblems).toEqual(expected);
    // Chapters that linked to the removed chapter are reported too.
    expect(problems.some((problem) => problem.message === 'link to missing page "/vetting"')).toBe(true);
  });
});
