import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { mdxComponentPropsSchemas } from "@/lib/schemas/mdx-props";
import { checkRootWith, contentProblems, runCheck, type CliRun } from "../support/check-cli";
import { removeTempDirs } from "../support/temp-dirs";

// `npm run check` exactly as authors run it (tests/support/check-cli.ts), on the real content plus the fixture
// chapters in tests/fixtures/, each with mistakes at hand-counted positions.
const projectRoot = process.cwd();
const badFixtures = [
  "bad-frontmatter.mdx",
  "bad-syntax.mdx",
  "bad-closing-tag.mdx",
  "bad-body.mdx",
  "bad-links.mdx",
  "bad-code.mdx",
  "draft-chapter.mdx",
  "pinned-id.mdx",
  "bad-structure.mdx",
  "bad-comment.mdx",
  "bad-title.mdx",
  "bad-markdown.mdx",
  "unclosed-frontmatter.mdx",
  "never-closed-frontmatter.mdx",
  "empty-chapter.mdx",
];

let tmpRoot: string;
let bad: CliRun;
let real: CliRun;
let problemLines: string[];
/** The problem lines of one fixture file, in the order the check prints them. */
const problemsIn = (file: string) => problemLines.filter((line) => line.startsWith(`content/guides/${file}:`));

beforeAll(async () => {
  tmpRoot = checkRootWith(badFixtures);
  [bad, real] = await Promise.all([runCheck(["--root", tmpRoot]), runCheck([])]);
  problemLines = contentProblems(bad);
}, 30_000);
afterAll(removeTempDirs);

describe("npm run check on fixture mistakes", () => {
  const figureHint = "(use a figure from the seed or the salary data (lib/data/salary-bands.ts), or add the phrase with its public source and as-of date to lib/data/figure-allow-list.ts)";

  it("fails with exit code 1", () => {
    expect(bad.code).toBe(1);
  });

  it("points at frontmatter mistakes on the line of the field, with a fix", () => {
    expect(problemsIn("bad-frontmatter.mdx")).toEqual([
      'content/guides/bad-frontmatter.mdx:3:1  unknown frontmatter field "titel"  (did you mean "title"?)',
      'content/guides/bad-frontmatter.mdx:4:14  frontmatter field "description" is longer than 160 characters  (write one sentence of 70–160 characters, without quotation marks around it)',
      'content/guides/bad-frontmatter.mdx:6:10  frontmatter field "updated" must be a date written YYYY-MM-DD  (write the date the content last changed, as YYYY-MM-DD, e.g. 2026-04-17)',
      // The body's figure too, in the same run: the editor does not fix one list to meet the next.
      `content/guides/bad-frontmatter.mdx:9:54  figure "40%" has no source (…e is fine but for one figure, 40% of it, which is reported with…)  ${figureHint}`,
    ]);
  });

  it("points at a mismatched closing tag on its line, counting the frontmatter lines", () => {
    expect(problemLines).toContain(
      "content/guides/bad-closing-tag.mdx:14:1  MDX syntax error: Unexpected closing tag `</KeyTakeaway>`, expected corresponding closing tag for `<Callout>` (10:1-10:22)  (close every component tag, e.g. </Callout>)",
    );
  });

  it("points at a <Callout> that is never closed on the line where it opens", () => {
    expect(problemLines).toContain(
      "content/guides/bad-syntax.mdx:12:1  MDX syntax error: Expected a closing tag for `<Callout>` (12:1-12:21)  (close every component tag, e.g. </Callout>)",
    );
  });

  it("rejects an unregistered component and a registered one with a bad prop", () => {
    expect(problemLines).toContain(
      `content/guides/bad-body.mdx:10:1  unknown component <Warning>  (registered components: ${Object.keys(mdxComponentPropsSchemas).join(", ")})`,
    );
    expect(problemLines).toContain(
      'content/guides/bad-body.mdx:14:1  <Callout> prop "type" must be one of "note", "tip", "warning"  (see the <Callout> example in CONTRIBUTING.md)',
    );
  });

  it("rejects the same heading text twice in one chapter (its id would silently become costs-1)", () => {
    expect(problemLines).toContain(
      'content/guides/bad-body.mdx:12:1  duplicate heading "Costs" (also on line 8)  (give the headings different text: readers, the contents and search tell sections apart by their titles)',
    );
  });

  it("rejects a heading id used twice in one chapter", () => {
    expect(problemLines).toContain(
      'content/guides/bad-body.mdx:20:1  duplicate heading id "costs" (first used on line 8)  (leave it on the section that links and shared addresses (/bad-body#costs) already mean, and pin another id on the other heading (if it is this one: ## Running costs {#costs-2}))',
    );
  });

  it("rejects links to a missing page and a missing section, naming the first sections that page has", () => {
    expect(problemLines).toContain(
      'content/guides/bad-links.mdx:10:10  link to missing page "/no-such-chapter"  (link to an existing chapter or page)',
    );
    expect(problemLines).toContain(
      'content/guides/bad-links.mdx:10:54  link to missing section "#no-such-section" on /bad-links  (sections there: links, alpha, bravo, charlie, delta, echo and 2 more)',
    );
  });

  it("rejects an image that has no alt text and no file in public/", () => {
    expect(problemLines).toContain(
      "content/guides/bad-links.mdx:12:1  image /images/missing.png has no alt text  (describe the image: ![What it shows](/images/file.png))",
    );
    expect(problemLines).toContain(
      "content/guides/bad-links.mdx:12:1  image /images/missing.png does not exist  (add public/images/missing.png or fix the path)",
    );
  });

  it("rejects import and export statements, expressions and code in props, each at its position", () => {
    const hint = {
      import: "(remove it: the registered components need no import; see CONTRIBUTING.md)",
      export: "(remove it: write the value into the text, or ask for a component)",
      expression: "(write { and } in text as \\{ and \\}; a note to editors is a comment, {/* like this */})",
    };
    expect(problemsIn("bad-code.mdx")).toEqual([
      `content/guides/bad-code.mdx:8:1  \`import\` statements are not allowed in chapters: import os from "node:os"  ${hint.import}`,
      `content/guides/bad-code.mdx:9:1  \`export\` statements are not allowed in chapters: export const home = process.env.HOME  ${hint.export}`,
      `content/guides/bad-code.mdx:15:20  JavaScript expression {process.env.HOME} is not allowed in chapters  ${hint.expression}`,
      `content/guides/bad-code.mdx:15:42  JavaScript expression {os.hostname()} is not allowed in chapters  ${hint.expression}`,
      'content/guides/bad-code.mdx:19:10  <FaqList> prop "ids" is a JavaScript expression {["internal-or-external"].concat(home)}, not a literal value  (write it as a string, number, or JSON such as {["a", "b"]})',
      'content/guides/bad-code.mdx:21:10  <Callout> has a spread {...os}, which is code  (write each prop as name="value")',
    ]);
  });

  it("checks a draft chapter like any other, and rejects a link to it from a published chapter", () => {
    expect(problemLines).toContain(
      'content/guides/draft-chapter.mdx:11:43  link to missing page "/no-such-draft-target"  (link to an existing chapter or page)',
    );
    expect(problemLines).toContain(
      'content/guides/bad-links.mdx:14:37  link to draft chapter "/draft-chapter", which is not published  (publish it by removing draft: true, or remove the link)',
    );
    // The draft's own links to itself and to published chapters are fine.
    expect(problemsIn("draft-chapter.mdx")).toHaveLength(1);
  });

  it("rejects Markdown that compiles but breaks the page, each slip at its line with its fix", () => {
    expect(problemsIn("bad-structure.mdx")).toEqual([
      "content/guides/bad-structure.mdx:10:1  a # heading in the text makes a second page title  (use ## for a section and ### below it; the page title comes from the frontmatter's title)",
      "content/guides/bad-structure.mdx:12:1  a #### heading is not a section readers can find  (use ## for a section and ### below it: only those appear in the table of contents and can be linked)",
      "content/guides/bad-structure.mdx:14:39  footnote [^survey] is not supported in chapters  (name the source in the sentence, or link to it: [source name](https://…))",
      "content/guides/bad-structure.mdx:16:1  footnote [^survey] is not supported in chapters  (name the source in the sentence, or link to it: [source name](https://…))",
      "content/guides/bad-structure.mdx:18:1  a link is written but not made: the text shows its brackets  (check the link's brackets: [text](/address), with nothing between ] and (, and a closing ))",
      "content/guides/bad-structure.mdx:20:1  image path images/team.png is relative, so it breaks on every page  (start it at the site's root: /images/team.png)",
      "content/guides/bad-structure.mdx:22:1  image https://example.com/roles.png is on another site, which pages do not load from  (save it under public/images/ and write /images/file.png)",
      `content/guides/bad-structure.mdx:24:32  figure "$250,000" has no source (…ost AI Architects earn around $250,000 a year, and 73% of CTOs agree…)  ${figureHint}`,
      `content/guides/bad-structure.mdx:24:53  figure "73%" has no source (…n around $250,000 a year, and 73% of CTOs agree.…)  ${figureHint}`,
      'content/guides/bad-structure.mdx:26:1  <FaqList> prop "ids" must be a list in [ ] (it is text now)  (write a list in braces: ids={["first", "second"]})',
      'content/guides/bad-structure.mdx:28:1  <Callout> has unknown prop "tittle"  (did you mean "title"?)',
      // A form's rule on the allow-list is no sourced figure in a chapter: the entry names the pages it is for.
      'content/guides/bad-structure.mdx:34:28  "48 hours" is allowed only on /subscribe (…Ask for a shortlist within 48 hours.…)  (its entry in lib/data/figure-allow-list.ts names the pages it is sourced for: if its source holds here too, add /bad-structure to its shownOn)',
    ]);
  });

  it("rejects Markdown slips that show wrong on the page (an editors' audit): broken links, bold, a box in a sentence, tables and fences, an empty heading, a figure in a title", () => {
    expect(problemsIn("bad-markdown.mdx")).toEqual([
      "content/guides/bad-markdown.mdx:8:1  a link is written but not made: the text shows its brackets  (check the link's brackets: [text](/address), with nothing between ] and (, and a closing ))",
      "content/guides/bad-markdown.mdx:10:1  bold is opened with ** but not closed: the page shows the asterisks  (close it on the same line: **bold words**)",
      "content/guides/bad-markdown.mdx:12:22  <Callout> is a box, and here it stands inside a sentence  (put <Callout> on lines of its own, with a blank line before and after it)",
      "content/guides/bad-markdown.mdx:14:1  this heading is empty  (write the section's title after the ##, or remove the line)",
      `content/guides/bad-markdown.mdx:16:7  figure "3" has no source (…Run a 3-hour work sample…)  ${figureHint}`,
      "content/guides/bad-markdown.mdx:21:1  this table row has 1 cell, its header 2  (give every row one cell per column, separated by |; leave a cell empty as | |)",
      "content/guides/bad-markdown.mdx:23:1  these | lines are not a table: the page shows the pipes  (put a line such as | --- | --- | under the header row, one --- per column)",
      "content/guides/bad-markdown.mdx:26:1  a code block is opened with ``` and never closed: everything after it shows as code  (close it with a line holding only ```, or remove the opening ```)",
    ]);
  });

  it("says where a frontmatter block that was never closed should have ended, reads its fields as no text ('order: 124' is no figure to source), and that a chapter with no text would be an empty page", () => {
    expect(problemsIn("unclosed-frontmatter.mdx")).toEqual([
      "content/guides/unclosed-frontmatter.mdx:7:1  the frontmatter block is not closed before the chapter's text starts here  (end the frontmatter with a line holding only --- after its last field)",
    ]);
    expect(problemsIn("never-closed-frontmatter.mdx")).toEqual([
      "content/guides/never-closed-frontmatter.mdx:1:1  the frontmatter block is not closed  (end it with a line holding only ---, before the chapter's text)",
      "content/guides/never-closed-frontmatter.mdx:9:1  the chapter does not end with a **Next step:** line  (end it with one short line that links forward, e.g. **Next step:** [request a confidential consultation](/consultation) about the role.)",
      `content/guides/never-closed-frontmatter.mdx:9:11  figure "12" has no source (…A team of 12 engineers, a figure the text…)  ${figureHint}`,
    ]);
    expect(problemsIn("empty-chapter.mdx")).toEqual([
      "content/guides/empty-chapter.mdx:1:1  the chapter has no text below its frontmatter  (write the chapter under the closing ---, or delete the file (an empty chapter would be published as an empty page))",
    ]);
  });

  it("names the real cause of an HTML comment, a quoted title and a date not in the calendar, and a sentence made a heading", () => {
    expect(problemLines).toContain("content/guides/bad-comment.mdx:10:2  MDX syntax error: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)  (write a note to editors as {/* … */}; <!-- … --> is HTML and not allowed)");
    expect(problemsIn("bad-title.mdx")).toEqual([
      'content/guides/bad-title.mdx:2:8  frontmatter field "title" is wrapped in quotation marks, which would show on the page  (write a title of 10–70 characters, without quotation marks around it (YAML needs straight quotes only around text with a colon))',
      'content/guides/bad-title.mdx:5:10  frontmatter field "updated" is not a date in the calendar  (write the date the content last changed, as YYYY-MM-DD, e.g. 2026-04-17)',
      "content/guides/bad-title.mdx:12:1  this heading is 100 characters long, too long for the contents and a share preview's title  (keep a section's title to 80 characters or fewer, and say the rest in the text below it)",
    ]);
  });

  it("reads a chapter saved with a byte-order mark and Windows line ends like any other, pinned id included", async () => {
    expect(problemsIn("windows-saved.mdx")).toEqual([]);
    const { chapters } = await loadContent(tmpRoot);
    expect(chapters.find((chapter) => chapter.slug === "windows-saved")?.analysis.headings.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: "windows-costs", title: "Hiring costs" },
    ]);
  });

  it("names the files under content/ that no chapter is read from (a chapter saved as .md, or in a folder)", () => {
    expect(problemLines).toContain(
      "content/guides/saved-as.md:1:1  this file is not read: chapters are .mdx files directly in content/guides/  (save it as content/guides/saved-as.mdx)",
    );
    expect(problemLines).toContain(
      "content/guides/drafts/in-a-folder.mdx:1:1  this file is not read: chapters are .mdx files directly in content/guides/  (save it as content/guides/in-a-folder.mdx)",
    );
    expect(problemLines.some((line) => line.includes(".DS_Store"))).toBe(false);
  });

  it("reports every planted mistake of every file in one run, and nothing else", () => {
    // 3 frontmatter and 1 figure + 1 unclosed tag + 1 wrong closing tag + 4 body + 5 links/images + 6 code + 1 in the draft + 12 in
    // bad-structure + 1 HTML comment + 3 in bad-title + 8 in bad-markdown + 1 + 3 unclosed frontmatters + 1 empty chapter + 2 files
    // not read; the valid pinned-id and Windows-saved chapters, and the comment, pinned id and JSON props in bad-code.mdx, add none.
    const planted = 53;
    expect(problemLines).toHaveLength(planted);
    expect(new Set(problemLines.map((line) => line.split(":")[0]))).toEqual(
      new Set([
        ...badFixtures.filter((name) => name !== "pinned-id.mdx").map((name) => `content/guides/${name}`),
        "content/guides/saved-as.md",
        "content/guides/drafts/in-a-folder.mdx",
      ]),
    );
    expect(bad.stderr).toContain(`✖ ${planted} problems in content`);
  });
});

describe("pinned heading ids", () => {
  it("gives `## Hiring costs {#costs}` the id costs and the title Hiring costs", async () => {
    const { chapters } = await loadContent(tmpRoot);
    const pinned = chapters.find((chapter) => chapter.slug === "pinned-id");
    expect(pinned?.analysis.headings.map(({ id, title }) => ({ id, title }))).toEqual([{ id: "costs", title: "Hiring costs" }]);
  });

  it("gives two plain `## Costs` headings ids of their own, so each section stays linkable", async () => {
    const { chapters } = await loadContent(tmpRoot);
    const body = chapters.find((chapter) => chapter.slug === "bad-body");
    expect(body?.analysis.headings.map((h) => h.id)).toEqual(["costs", "costs-1", "costs"]);
  });
});

describe("npm run check on the real content", () => {
  it("exits 0 and says there are no problems", () => {
    const chapterCount = readdirSync(path.join(projectRoot, "content", "guides")).filter((n) => n.endsWith(".mdx")).length;
    expect(real.stderr).toBe("");
    expect(real.code).toBe(0);
    expect(real.stdout).toContain(`✔ ${chapterCount} chapters checked, no problems`);
  });
});
