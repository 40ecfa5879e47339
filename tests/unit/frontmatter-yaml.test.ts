import { describe, expect, it } from "vitest";
import { readFrontmatter } from "@/lib/content/frontmatter";

// YAML slips editors make in a chapter's frontmatter, each read as `npm run check` reads it: one line per slip,
// in the editor's words, with the fix, instead of YAML's grammar ("Nested mappings are not allowed in compact
// mappings").
const fields = ["title: Vetting candidates well", "description: How to judge candidates on real delivery rather than titles, with questions and tests.", "order: 5", "updated: 2026-11-27"];

/** A chapter whose frontmatter is `fields` with `change` applied, and the problems the check reports for it. */
function problemsWith(change: (lines: string[]) => string[]): string[] {
  const source = ["---", ...change([...fields]), "---", "", "Some text of the chapter.", ""].join("\n");
  return readFrontmatter("content/guides/x.mdx", source).problems.map((p) => `${p.line}:${p.column}  ${p.message}  (${p.hint})`);
}
const replace = (index: number, line: string) => (lines: string[]) => lines.map((l, i) => (i === index ? line : l));

describe("frontmatter YAML slips", () => {
  it("a colon in an unquoted value: quote it", () => {
    expect(problemsWith(replace(0, "title: Vetting: how to test them"))).toEqual([
      '2:8  the value of "title" holds a colon and a space, which YAML reads as another field  (put the value in double quotes: title: "Vetting: how to test them")',
    ]);
  });

  it("an indented field, a tab, a missing space: one line each, at the slip", () => {
    expect(problemsWith(replace(2, "  order: 5"))).toEqual(["4:1  this line is indented, so YAML reads it as part of the field above  (start each field at the beginning of its line)"]);
    expect(problemsWith(replace(1, `\t${fields[1]}`))).toEqual(["3:1  a tab starts this line  (remove it: each field starts at the beginning of its line)"]);
    expect(problemsWith(replace(2, "order:5"))).toEqual(['4:1  "order:5" has no space after its colon  (write a space after the colon: order: 5)']);
  });

  it("a quote never closed is reported where it opens, not at the end of the block", () => {
    expect(problemsWith(replace(0, 'title: "Vetting candidates well'))).toEqual([
      '2:8  the value of "title" opens a " quote that is never closed  (end the value with the same quote mark, on the same line: title: "…")',
    ]);
  });

  it("quotes inside a quoted value, a reserved first character, an unknown escape", () => {
    expect(problemsWith(replace(0, 'title: "The "best" hire"'))).toEqual([
      `2:14  the value of "title" goes on after its closing quote  (put a value that holds double quotes in single quotes: title: 'The "best" hire')`,
    ]);
    expect(problemsWith(replace(0, "title: @home teams that ship"))).toEqual([
      '2:8  the value of "title" starts with "@", which YAML keeps for itself  (put the value in double quotes: title: "@home teams that ship")',
    ]);
    expect(problemsWith(replace(0, 'title: "Vetting \\q candidates"'))).toHaveLength(1);
    expect(problemsWith(replace(0, 'title: "Vetting \\q candidates"'))[0]).toContain("a backslash in the value of \"title\" starts an escape YAML does not know");
  });

  it("a field written twice names the other line; a list item under a field is a slip, not the chapter's text", () => {
    expect(problemsWith((lines) => [...lines, "title: Another title here"])).toEqual(['6:1  the field "title" is written twice (also on line 2)  (keep one of them)']);
    expect(problemsWith((lines) => [...lines, "- stray item"])).toEqual([
      "6:1  a list item is not a frontmatter field  (frontmatter holds only fields written name: value; remove the line or make it a field)",
    ]);
  });

  it("a ' #' in an unquoted text value: YAML drops the rest of the line as a note, so the value is told as cut, not as too short", () => {
    expect(problemsWith(replace(0, "title: Vetting #1 rule: look past titles"))).toEqual([
      '2:16  the value of "title" stops at " #": YAML reads the rest of the line as a note, so the page would show only "Vetting"  (put the value in double quotes: title: "Vetting #1 rule: look past titles")',
    ]);
    expect(problemsWith(replace(1, "description: How to judge candidates on real delivery, with our #1 tip and reference checks."))).toEqual([
      '3:65  the value of "description" stops at " #": YAML reads the rest of the line as a note, so the page would show only "How to judge candidates on real delivery, with our"  (put the value in double quotes: description: "How to judge candidates on real delivery, with our #1 tip and reference checks.")',
    ]);
    // A note after a number is what YAML comments are for: nothing is cut from the page.
    expect(problemsWith(replace(2, "order: 5 # after the FAQ"))).toEqual([]);
  });

  it("quotes editors' tools make: curly quotes around a value with a colon, an apostrophe inside single quotes", () => {
    // The fix offered must pass itself: straight quotes only, not "“…”", which would show on the page.
    expect(problemsWith(replace(0, "title: “Vetting: how to test them”"))).toEqual([
      '2:8  the value of "title" holds a colon and a space, which YAML reads as another field  (put the value in double quotes: title: "Vetting: how to test them")',
    ]);
    expect(problemsWith(replace(0, "title: 'Vetting an architect's work'"))).toEqual([
      `2:30  the value of "title" ends at the apostrophe in "architect's": inside single quotes an apostrophe closes them  (put the value in double quotes: title: "Vetting an architect's work")`,
    ]);
  });

  it("an empty field is told as empty, and a description wrapped in quotation marks as the title is", () => {
    expect(problemsWith(replace(0, "title:"))).toEqual(['2:7  frontmatter field "title" is empty  (write a title of 10–70 characters, without quotation marks around it (YAML needs straight quotes only around text with a colon))']);
    expect(problemsWith(replace(1, "description: “How to judge candidates on real delivery rather than titles, with questions and tests.”"))).toEqual([
      '3:14  frontmatter field "description" is wrapped in quotation marks, which would show on the page  (write one sentence of 70–160 characters, without quotation marks around it)',
    ]);
    expect(problemsWith((lines) => [...lines, 'reference: "yes"'])).toEqual(['6:12  frontmatter field "reference" must be true or false  (use true or false)']);
    // zod also measures a value of the wrong type: a list is not also "shorter than 10 characters".
    expect(problemsWith(replace(0, "title:\n  - Vetting candidates well"))).toEqual(['3:3  frontmatter field "title" must be text  (write a title of 10–70 characters, without quotation marks around it (YAML needs straight quotes only around text with a colon))']);
  });

  it("keeps YAML's own words, with the general hint, for a slip it has no advice for", () => {
    const [problem] = problemsWith(replace(0, "title: [Vetting"));
    expect(problem).toMatch(/^\d+:\d+  frontmatter is not valid YAML: .+  \(check quotes and indentation; quote text that contains a colon\)$/);
  });

  it("an empty block (every field of a template deleted) says which fields are missing, not that the block is not closed", () => {
    expect(problemsWith(() => []).map((p) => p.split("  (")[0])).toEqual(["title", "description", "order", "updated"].map((field) => `1:1  missing frontmatter field "${field}"`));
  });
});
