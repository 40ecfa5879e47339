import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chapterIn, contentCopy, contentProblems, runCheck, type CliRun } from "../support/check-cli";
import { removeTempDirs } from "../support/temp-dirs";

// The --- lines around the frontmatter, as editors slip on them: a space after the opening ---, which the
// page reads as frontmatter all the same, and a blank line above it, after which nothing reads the block as
// frontmatter. Each is told once, in the editor's words, without the noise of the block read as text.
let root: string;
let run: CliRun;
const change = (slug: string, edit: (text: string) => string) => writeFileSync(chapterIn(root, slug), edit(readFileSync(chapterIn(root, slug), "utf8")));

beforeAll(async () => {
  root = contentCopy("guide-frontmatter-fence-");
  change("vetting", (text) => text.replace(/^---\n/, "--- \n"));
  change("faq", (text) => `\n\n${text}`);
  run = await runCheck(["--root", root]);
}, 60_000);

afterAll(removeTempDirs);

it("reads a block whose opening --- has a space after it, and says where a blank line pushed the block off the first line", () => {
  expect(contentProblems(run)).toEqual([
    "content/guides/faq.mdx:1:1  the file starts with 2 blank lines, so its --- block on line 3 is not read as frontmatter  (delete the blank lines above the first ---: the frontmatter starts on the file's first line)",
  ]);
});
