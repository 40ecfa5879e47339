import { expect, it } from "vitest";
import { checkedCopy, contentProblems, editChapter } from "../support/check-cli";

// A heading whose id is the address of one of the site's own pages under its chapter: its share page could
// never be reached (/vetting/section-not-found is what unknown sections show; /vetting/opengraph-image is the
// chapter's preview image).

const slips = checkedCopy("guide-reserved-ids-", (copy) => {
  editChapter(copy, "vetting", "## Check references {#reference-checks}", "## Section not found\n\nWhat to do when a reference cannot be reached.\n\n## Check references {#reference-checks}");
  editChapter(copy, "team-composition", "\n## ", "\n## Notes {#opengraph-image}\n\nIts text.\n\n## ");
});
const { lineOf } = slips;

it("refuses a heading id taken by a page of the site, at its line, with an id to pin instead", () => {
  expect(slips.run.code).toBe(1);
  expect(contentProblems(slips.run)).toEqual([
    `content/guides/team-composition.mdx:${lineOf("team-composition", "## Notes {#opengraph-image}")}:1  heading id "opengraph-image" is taken by a page of the site (its share page could not exist)  (pin another id, e.g. ## Notes {#opengraph-image-section})`,
    `content/guides/vetting.mdx:${lineOf("vetting", "## Section not found")}:1  heading id "section-not-found" is taken by a page of the site (its share page could not exist)  (pin another id, e.g. ## Section not found {#section-not-found-section})`,
  ]);
});
