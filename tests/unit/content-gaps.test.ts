import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { compileChapterSource } from "@/lib/content/compile";
import { chapterIn, checkedCopy, contentProblems, editChapter } from "../support/check-cli";

// Slips a reviewer found that drew a wrong page without a word: a <SalaryBands> that matches no band (it
// draws nothing), FAQ answers whose ids clash (with a heading, or shown twice), a <FaqList> that shows no
// entries or is given both chapter and ids, two headings that differ only in punctuation ("costs-1"), a
// chapter not saved as UTF-8 (� on the page), an invisible non-breaking space after a heading or list mark (the
// line stays text), and a box with nothing in it.
const beforeNextStep = (copy: string, slug: string, text: string) => editChapter(copy, slug, "\n**Next step:**", `\n${text}\n\n**Next step:**`);

const slips = checkedCopy("guide-content-gaps-", (copy) => {
  editChapter(copy, "sourcing-and-cost", "<SalaryBands />", '<SalaryBands region="us" />');
  beforeNextStep(copy, "team-composition", '<SalaryBands role="software-engineer" region="US" />');
  editChapter(copy, "faq", "<FaqList />", '<FaqList />\n\n<FaqList ids={["internal-or-external", "is-agency-hiring-faster"]} />');
  beforeNextStep(copy, "vetting", '## Questions readers ask {#how-to-interview-architects}\n\n<FaqList chapter="vetting" />');
  beforeNextStep(copy, "glossary", '<FaqList chapter="glossary" />');
  beforeNextStep(copy, "the-two-roles", "A 404 page is not one of\nthe 4 checks we run.");
  beforeNextStep(copy, "team-composition", '<FaqList chapter="team-composition" ids={["internal-or-external"]} />');
  editChapter(copy, "why-you-need-both", "\n## Architecture first", "\n### Questions to ask before you fill the seat?\n\nAsk them twice.\n\n## Architecture first");
  // A paragraph saved as Latin-1 (é is the byte E9, not UTF-8), as an old editor or a Windows tool writes it.
  const [head, tail] = readFileSync(chapterIn(copy, "trends-and-regulation"), "utf8").split("\n**Next step:**");
  writeFileSync(chapterIn(copy, "trends-and-regulation"), Buffer.concat([Buffer.from(head), Buffer.from("\nAsk for a résumé.\n", "latin1"), Buffer.from(`\n**Next step:**${tail}`)]));
});
const { lineOf } = slips;

const problemsIn = (slug: string) => contentProblems(slips.run).filter((line) => line.startsWith(`content/guides/${slug}.mdx:`));

it("fails the check", () => {
  expect(slips.run.code).toBe(1);
});

it("names a <SalaryBands> that matches no band, with the bands there are", () => {
  const bands = 'bands exist for role="ai-architect" region="US" and role="software-engineer" (no region): change the props, or add the band to lib/data/salary-bands.ts';
  expect(problemsIn("sourcing-and-cost")).toEqual([
    `content/guides/sourcing-and-cost.mdx:${lineOf("sourcing-and-cost", "<SalaryBands")}:1  <SalaryBands region="us"> matches no salary band, so it shows nothing  (did you mean region="US"? ${bands})`,
  ]);
  expect(problemsIn("team-composition")).toContain(
    `content/guides/team-composition.mdx:${lineOf("team-composition", "<SalaryBands")}:1  <SalaryBands role="software-engineer" region="US"> matches no salary band, so it shows nothing  (${bands})`,
  );
});

it("names a heading whose id is a FAQ answer's the chapter shows, and an answer shown twice", () => {
  expect(problemsIn("vetting")).toEqual([
    `content/guides/vetting.mdx:${lineOf("vetting", "## Questions readers ask")}:1  heading id "how-to-interview-architects" is also the id of a FAQ answer the <FaqList> on line ${lineOf("vetting", "<FaqList")} shows, so the page has two elements with one id  (pin another id, e.g. ## Questions readers ask {#how-to-interview-architects-section})`,
  ]);
  expect(problemsIn("faq")).toEqual([
    `content/guides/faq.mdx:${lineOf("faq", "<FaqList ids")}:1  <FaqList> shows answers already shown by the <FaqList> on line ${lineOf("faq", "<FaqList />")}: "internal-or-external", "is-agency-hiring-faster"  (show each answer once in a chapter (its id is its address): leave it out of one list, or name the entries to show with ids={["…"]})`,
  ]);
});

it("names a <FaqList> that shows no entries, and one given both chapter and ids", () => {
  expect(problemsIn("glossary")).toEqual([
    `content/guides/glossary.mdx:${lineOf("glossary", "<FaqList")}:1  <FaqList chapter="glossary"> shows no entries: no FAQ entry names "glossary" in its chapters, so the page draws an empty box  (add "glossary" to the chapters of an entry in lib/data/faq.ts, name entries with ids={["…"]}, or remove the tag)`,
  ]);
  expect(problemsIn("team-composition")).toContain(
    `content/guides/team-composition.mdx:${lineOf("team-composition", "<FaqList")}:1  <FaqList> has both chapter and ids: it shows the ids and ignores chapter="team-composition"  (keep one: chapter="team-composition" for that chapter's entries, or ids={["…"]} for the entries you choose)`,
  );
  expect(problemsIn("team-composition")).toHaveLength(2);
});

it("names two headings that differ only in punctuation, which the slugger would number costs-1", () => {
  expect(problemsIn("why-you-need-both")).toEqual([
    `content/guides/why-you-need-both.mdx:${lineOf("why-you-need-both", "fill the seat?")}:1  duplicate heading "Questions to ask before you fill the seat?": it differs from "Questions to ask before you fill the seat" (line ${lineOf("why-you-need-both", "### Questions to ask")}) only in punctuation or case  (give the headings different text: readers, the contents and search tell sections apart by their titles)`,
  ]);
});

it("names a character that could not be read as UTF-8, at its line", () => {
  expect(problemsIn("trends-and-regulation")).toEqual([
    `content/guides/trends-and-regulation.mdx:${lineOf("trends-and-regulation", "Ask for a r")}:12  "Ask for a r\uFFFDsum\uFFFD." holds \uFFFD (U+FFFD), a character that could not be read: the file is not saved as UTF-8  (save the file as UTF-8)`,
  ]);
});

it("puts a figure with no source where it is, not at the first like it inside an allowed one (the 4 of 404)", () => {
  const [problem, ...more] = problemsIn("the-two-roles");
  expect(more).toEqual([]);
  expect(problem).toMatch(new RegExp(`^content/guides/the-two-roles\\.mdx:${lineOf("the-two-roles", "the 4 checks")}:5  figure "4" has no source `));
});

/** What compiling a chapter body reports, as `line:column  message  (hint)`. */
async function compiledProblems(body: string): Promise<string[]> {
  const { problems } = await compileChapterSource("content/guides/gaps.mdx", `## Pay\n\nText.\n\n${body}\n\n**Next step:** [ask us](/consultation).\n`);
  return problems.map((p) => `${p.line}:${p.column}  ${p.message}  (${p.hint})`);
}

it("names a NUL character, which no text holds", async () => {
  expect(await compiledProblems("A line with a \0 in it.")).toEqual([
    "5:15  this line holds a NUL character (U+0000), which is not text: the file is not saved as UTF-8  (save the file as UTF-8)",
  ]);
});

it("names the invisible non-breaking space after a heading or list mark that keeps the line text", async () => {
  const body = ["##\u00a0Costs at a glance", "", "Before the list:", "-\u00a0first item", "1.\u00a0second item", "", "- a real item", "  -\u00a0nested item", "", "```", "-\u00a0code is left alone", "```"].join("\n");
  const said = (line: string, column: number, shown: string, mark: string, what: string) =>
    `${line}:${column}  "${shown}" has an invisible non-breaking space (U+00A0) after its ${mark}, not a space, so the page shows the line as text, not as ${what}  (delete the character after the ${mark} and type a normal space)`;
  expect(await compiledProblems(body)).toEqual([
    said("5", 1, "## Costs at a glance", "##", "a heading"),
    said("8", 1, "- first item", "-", "a list item"),
    said("9", 1, "1. second item", "1.", "a list item"),
    said("12", 3, "- nested item", "-", "a list item"),
  ]);
});

it("names a box with nothing in it, self-closed, closed at once or holding only a comment", async () => {
  const body = ['<Callout type="tip" />', '<KeyTakeaway title="In short"></KeyTakeaway>', "<Callout>\n{/* text to come */}\n</Callout>", '<RoleColumn role="architect">\n</RoleColumn>', "<Callout>\n\nA box with text.\n\n</Callout>"].join("\n\n");
  const empty = (line: number, name: string) => `${line}:1  <${name}> is empty, so the page shows an empty box  (write its text between <${name}> and </${name}>, or remove the tag)`;
  expect(await compiledProblems(body)).toEqual([empty(5, "Callout"), empty(7, "KeyTakeaway"), empty(9, "Callout"), empty(13, "RoleColumn")]);
});
