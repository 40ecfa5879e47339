import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { chapterIn, checkedCopy, contentProblems, editChapter } from "../support/check-cli";

// Slips from an editors' audit that were caught, but with a fix for another slip: a prop value without its
// quotes ("write < as &lt;"), a chapter saved by Windows as .mdx.txt ("save it as ….mdx.mdx"), and a Next step
// line with its colon outside the bold or a capital S ("the chapter does not end with a **Next step:** line"), a copy
// saved as .md beside its chapter ("save it as vetting.mdx", over the chapter), a link to a section's share page
// ("link to an existing chapter or page"); and
// a list prop written as text, told twice; a space in a link's address ("check the link's brackets").

const slips = checkedCopy("guide-editor-slips-", (copy) => {
  editChapter(copy, "vetting", '<Callout type="tip" title="Keep asking why">', '<Callout type=tip title="Keep asking why">');
  writeFileSync(path.join(copy, "content", "guides", "hiring-tips.mdx.txt"), readFileSync(chapterIn(copy, "faq"), "utf8"));
  // A copy saved beside the chapter: "save it as vetting.mdx" would have had the editor overwrite the chapter.
  writeFileSync(path.join(copy, "content", "guides", "vetting.md"), readFileSync(chapterIn(copy, "vetting"), "utf8"));
  editChapter(copy, "faq", "**Next step:**", "**Next step**:");
  editChapter(copy, "glossary", "**Next step:**", "**Next Step:**");
  editChapter(copy, "team-composition", "\n## ", '\n<FaqList ids="" />\n\n## ');
  editChapter(copy, "team-composition", "(/job-descriptions)", "(/job descriptions)");
  editChapter(copy, "the-two-roles", "\n## What each role owns", "\nSee [market pay](/sourcing-and-cost/market-benchmarks).\n\n## What each role owns");
});
const { lineOf } = slips;

it("gives the fix for the slip made: quotes around a prop value, the .mdx name, the Next step line as written, an address without spaces", () => {
  expect(slips.run.code).toBe(1);
  const nextStep = "(write it as **Next step:**, in bold with the colon inside the asterisks and step in lower case, then the link forward)";
  expect(contentProblems(slips.run)).toEqual([
    `content/guides/faq.mdx:${lineOf("faq", "**Next step**:")}:1  the last line starts "Next step:" but is not written **Next step:**, so it is not read as the chapter's Next step line  ${nextStep}`,
    `content/guides/glossary.mdx:${lineOf("glossary", "**Next Step:**")}:1  the last line starts "Next Step:" but is not written **Next step:**, so it is not read as the chapter's Next step line  ${nextStep}`,
    "content/guides/hiring-tips.mdx.txt:1:1  this file is not read: chapters are .mdx files directly in content/guides/  (save it as content/guides/hiring-tips.mdx)",
    // One problem for a list written as text, not also "is empty" (zod measures the text too).
    `content/guides/team-composition.mdx:${lineOf("team-composition", '<FaqList ids=""')}:1  <FaqList> prop "ids" must be a list in [ ] (it is text now)  (write a list in braces: ids={["first", "second"]})`,
    `content/guides/team-composition.mdx:${lineOf("team-composition", "(/job descriptions)")}:1  the link's address "/job descriptions" holds a space, so it is not made into a link: the text shows its brackets  (a page's address has no spaces: write it as the address bar shows it, e.g. /job-descriptions)`,
    `content/guides/the-two-roles.mdx:${lineOf("the-two-roles", "(/sourcing-and-cost/market-benchmarks)")}:5  link to "/sourcing-and-cost/market-benchmarks", a section's share page  (link to the section in its chapter: /sourcing-and-cost#market-benchmarks)`,
    "content/guides/vetting.md:1:1  this file is not read: chapters are .mdx files directly in content/guides/  (content/guides/vetting.mdx already exists: move what this file adds into it, then delete this file)",
    `content/guides/vetting.mdx:${lineOf("vetting", "<Callout type=tip")}:15  MDX syntax error: Unexpected character \`t\` (U+0074) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\`  (put the prop's value in straight double quotes, e.g. type="tip")`,
  ]);
});
