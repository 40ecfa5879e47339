import { expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { checkedCopy, contentProblems, editChapter } from "../support/check-cli";

// Heading slips that compiled without a word: a section left empty (its heading alone on the page, in the
// contents and as a share page with nothing to preview), a ### subsection before any ## section (a level
// skipped after the page title), and a heading mark with no space after it (the page shows "###Title" as text).

const slips = checkedCopy("guide-heading-slips-", (copy) => {
  editChapter(copy, "vetting", "## Check references {#reference-checks}", "## Signs to come\n\n## Check references {#reference-checks}");
  editChapter(copy, "vetting", "\n**Next step:**", "\n## Last words\n\n**Next step:**");
  editChapter(copy, "faq", "Short answers to the questions CTOs and founders ask about these hires", "### Before you read\n\nShort answers to the questions CTOs and founders ask about these hires");
  editChapter(copy, "team-composition", "\n## ", "\n##The first section\n\nIts text.\n\n## ");
  // A new glossary term above a published one, with its pinned id copied.
  editChapter(copy, "glossary", "### Fractional architect {#fractional}", "### Part-time architect {#fractional}\n\nAn architect on a part-time contract.\n\n### Fractional architect {#fractional}");
  editChapter(copy, "sourcing-and-cost", "\n## ", "\n##Where to look first {#look-first}\n\nIts text.\n\n## Closing marks ## {#closing-marks}\n\nIts text.\n\n## ");
});
const { lineOf } = slips;

it("names an empty section, a ### before any ##, and a heading mark without its space, each at its line", () => {
  expect(slips.run.code).toBe(1);
  expect(contentProblems(slips.run)).toEqual([
    `content/guides/faq.mdx:${lineOf("faq", "### Before you read")}:1  a ### subsection comes before any ## section, so the page skips a heading level  (make it a ## section, or put it under one)`,
    // The hint may not send the editor to move the id off the published term: links to /glossary#fractional would land on the new one.
    `content/guides/glossary.mdx:${lineOf("glossary", "### Fractional architect {#fractional}")}:1  duplicate heading id "fractional" (first used on line ${lineOf("glossary", "### Part-time architect")})  (leave it on the section that links and shared addresses (/glossary#fractional) already mean, and pin another id on the other heading (if it is this one: ### Fractional architect {#fractional-2}))`,
    // Was "MDX syntax error: Could not parse expression with acorn (write { and } as \{ and \})".
    `content/guides/sourcing-and-cost.mdx:${lineOf("sourcing-and-cost", "##Where to look first")}:1  "##Where to look first" has no space after its ##, so the page shows it as text, not as a heading  (write a space after the #s: ## Where to look first {#look-first})`, // the id kept: the section's address stays
    `content/guides/team-composition.mdx:${lineOf("team-composition", "##The first")}:1  "##The first section" has no space after its ##, so the page shows it as text, not as a heading  (write a space after the #s: ## The first section)`,
    `content/guides/vetting.mdx:${lineOf("vetting", "## Signs to come")}:1  the section "Signs to come" is empty: the next heading follows right after it  (write the section's text under its heading, or remove the heading)`,
    `content/guides/vetting.mdx:${lineOf("vetting", "## Last words")}:1  the section "Last words" is empty: the chapter's Next step line follows right after it  (write the section's text under its heading, or remove the heading)`,
  ]);
});

it("drops a closing run of #s before a pinned id, as Markdown does at the end of a line", async () => {
  const { chapters } = await loadContent(slips.root);
  const headings = chapters.find((chapter) => chapter.slug === "sourcing-and-cost")?.analysis?.headings ?? [];
  expect(headings.find((heading) => heading.id === "closing-marks")?.title).toBe("Closing marks"); // was "Closing marks ##"
});
