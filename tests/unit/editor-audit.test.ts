import { expect, it } from "vitest";
import { checkedCopy, contentProblems, editChapter } from "../support/check-cli";

// Slips from an editors' audit that passed the check and reached readers: a statistic in words, a link copied
// from the browser while editing, a footnote mark with no footnote, and a line of --- under a paragraph.
const slips = checkedCopy("guide-editor-audit-", (copy) => {
  editChapter(copy, "vetting", "\n## Look past titles and degrees", "\nAbout forty percent of teams hire the architect first.\n\n## Look past titles and degrees");
  editChapter(copy, "the-two-roles", "\n## Why this hiring decision matters", "\nRead [the five questions](http://localhost:3000/vetting#architect-questions) and [the rest](http://localhost:3000/vettin).\n\n## Why this hiring decision matters");
  editChapter(copy, "glossary", "\n## ", "\nThe terms come from job ads[^source] and interviews[^1][^2].\n\n## ");
  editChapter(copy, "team-composition", "\n## ", "\nA note on the list below\n---\n\nMore text.\n\n## ");
  // No chapter shows a <Figure> yet: the first editor to add one meets this check first.
  editChapter(copy, "sourcing-and-cost", "\n## ", '\n<Figure src="/images/no-such-team.png" alt="A team at work" caption="The team" width={1200} height={675} />\n\n## ');
});
const { lineOf } = slips;
const problemsAt = (slug: string, text: string) => contentProblems(slips.run).filter((line) => line.startsWith(`content/guides/${slug}.mdx:${lineOf(slug, text)}:`));

it("fails on a statistic written in words, at its line, as it fails on digits", () => {
  expect(slips.run.code).toBe(1);
  const [problem, ...others] = problemsAt("vetting", "About forty percent");
  expect(others).toEqual([]);
  expect(problem).toContain('figure "forty percent" has no source');
});

it("tells a link to the site at its own host to be written from its path, and checks that path", () => {
  const line = lineOf("the-two-roles", "Read [the five questions]");
  const problems = contentProblems(slips.run).filter((p) => p.startsWith(`content/guides/the-two-roles.mdx:${line}:`));
  expect(problems.map((p) => p.replace(/^\S+\s+/, ""))).toEqual([
    'link "http://localhost:3000/vetting#architect-questions" points at a copy of the site on a computer, which readers cannot open  (write it from its path: /vetting#architect-questions)',
    'link "http://localhost:3000/vettin" points at a copy of the site on a computer, which readers cannot open, and missing page "/vettin"  (did you mean /vetting?)',
  ]);
});

it("names a footnote mark without a footnote as a footnote, not as a figure", () => {
  expect(problemsAt("glossary", "job ads[^source]").map((p) => p.replace(/^\S+\s+/, ""))).toEqual([
    "footnote [^source] is not supported in chapters  (name the source in the sentence, or link to it: [source name](https://…))",
    "footnote [^1] is not supported in chapters  (name the source in the sentence, or link to it: [source name](https://…))", // was: figure "1" has no source
    "footnote [^2] is not supported in chapters  (name the source in the sentence, or link to it: [source name](https://…))", // [^1][^2] was "a link is written but not made"
  ]);
});

it("names a line of --- under a paragraph, which made that paragraph a heading", () => {
  expect(problemsAt("team-composition", "A note on the list below").map((p) => p.replace(/^\S+\s+/, ""))).toContain(
    'the line of --- under "A note on the list below" makes that text a heading  (for a separator line, leave a blank line above the ---; for a heading, write ## before its text)',
  );
});

it("refuses a <Figure> whose image is not in public/, at its line", () => {
  expect(problemsAt("sourcing-and-cost", "<Figure").map((p) => p.replace(/^\S+\s+/, ""))).toEqual([
    "<Figure> image /images/no-such-team.png does not exist  (add public/images/no-such-team.png or fix the path)",
  ]);
});
