import { afterAll, beforeAll, expect, it } from "vitest";
import { checkCopyWith, contentProblems, editChapter, lineIn, type CliRun } from "../support/check-cli";
import { removeTempDirs } from "../support/temp-dirs";

// A heading whose id is the address of one of the site's own pages under its chapter: its share page could
// never be reached (/vetting/section-not-found is what unknown sections show; /vetting/opengraph-image is the
// chapter's preview image).
let root: string;
let run: CliRun;

beforeAll(async () => {
  ({ root, run } = await checkCopyWith("guide-reserved-ids-", (copy) => {
    editChapter(copy, "vetting", "## Check references {#reference-checks}", "## Section not found\n\nWhat to do when a reference cannot be reached.\n\n## Check references {#reference-checks}");
    editChapter(copy, "team-composition", "\n## ", "\n## Notes {#opengraph-image}\n\nIts text.\n\n## ");
  }));
}, 60_000);

afterAll(removeTempDirs);

it("refuses a heading id taken by a page of the site, at its line, with an id to pin instead", () => {
  expect(run.code).toBe(1);
  expect(contentProblems(run)).toEqual([
    `content/guides/team-composition.mdx:${lineIn(root, "team-composition", "## Notes {#opengraph-image}")}:1  heading id "opengraph-image" is taken by a page of the site (its share page could not exist)  (pin another id, e.g. ## Notes {#opengraph-image-section})`,
    `content/guides/vetting.mdx:${lineIn(root, "vetting", "## Section not found")}:1  heading id "section-not-found" is taken by a page of the site (its share page could not exist)  (pin another id, e.g. ## Section not found {#section-not-found-section})`,
  ]);
});
