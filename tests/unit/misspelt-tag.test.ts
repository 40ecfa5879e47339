import { expect, it } from "vitest";
import { checkedCopy, contentProblems, editChapter } from "../support/check-cli";

// A component misspelt in one of its two tags: MDX itself only says the closing tag is unexpected, which
// sends the editor to the wrong line with the wrong fix. The check names the misspelt tag, at its own line.

const slips = checkedCopy("guide-misspelt-tag-", (copy) => {
  editChapter(copy, "vetting", '<Callout type="tip" title="Keep asking why">', '<CallOut type="tip" title="Keep asking why">');
  editChapter(copy, "team-composition", '</Callout>', "</Callot>");
});
const { lineOf } = slips;

it("names a misspelt opening or closing tag at its own line, with the component it is closest to", () => {
  expect(slips.run.code).toBe(1);
  const opening = lineOf("team-composition", "<Callout type=");
  expect(contentProblems(slips.run)).toEqual([
    `content/guides/team-composition.mdx:${lineOf("team-composition", "</Callot>")}:1  unknown closing tag </Callot>  (did you mean </Callout>, to close the <Callout> on line ${opening}?)`,
    `content/guides/vetting.mdx:${lineOf("vetting", "<CallOut")}:1  unknown component <CallOut>  (did you mean <Callout>, like its closing tag </Callout>?)`,
  ]);
});
