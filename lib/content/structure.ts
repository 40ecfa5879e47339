import type { Root } from "mdast";
import type { VFile } from "vfile";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { inlineComponents, isRegisteredComponent } from "../schemas/mdx-props";
import { isNextStep } from "./next-step";
import { isCommentOnly } from "./no-code";

/**
 * remark plugin: Markdown that compiles but breaks the page, each reported at its file:line:col with a fix.
 *
 * - `#` in the body: a second page title (the h1 comes from the frontmatter's title), missing from the
 *   table of contents.
 * - `####` and deeper: the table of contents, share pages and search know sections as `##` and `###` only,
 *   and the page has no style for them.
 * - Footnotes (`[^1]`): GFM numbers them with ids of its own that the rest of the site (link check, share
 *   pages, the Markdown version) does not know. Reported, then taken out of the tree (the build fails on
 *   the report anyway), so no other check reports the generated ids again.
 * - Link syntax left in the text, such as `[rules](/trends-and-regulation` without its `)`, `[rules] (/…)`
 *   with a space, or `[rules][ref]` with no definition: Markdown prints it as written, brackets and all. The
 *   same for `**bold` never closed.
 * - An empty heading (`## ` alone): an empty, unlinkable section title; a heading longer than 80 characters,
 *   most likely a sentence of the text given a heading mark: it is the contents' entry and a share preview's title.
 * - A table row with fewer or more cells than its header (the cells slide into the wrong columns), and `|`
 *   lines without the `| --- |` line under the header (the page shows the pipes).
 * - A code fence never closed: everything after it, to the end of the file, shows as code.
 * - A block component (`<Callout>`…) inside a sentence: a box inside a paragraph, which is not valid HTML.
 * - A heading mark without its space (`###Title`): the page shows it as text, and links to the section break.
 * - A section with nothing under its heading (another heading of its level, the Next step line or the end
 *   follows): a title alone on the page, in the contents and as a share page with nothing to preview.
 * - A `###` before any `##`: the page skips a heading level after its title.
 * - A heading or list mark followed by an invisible space that is not a space (`##\u00a0Title`, `-\u00a0item`,
 *   as word processors and some keyboards type it): Markdown needs a real space there, so the line stays text.
 * - A box (`<Callout>`, `<KeyTakeaway>`, `<RoleColumn>`) with nothing inside: the page draws an empty box.
 * - A line of `---` or `===` right under a paragraph: Markdown makes the paragraph a heading (setext).
 */
/** A footnote mark (`[^1]`, `[^source]`), every one in a text: with no footnote under it, the page shows it as written. */
export const footnoteMarks = /\[\^[^\]\s]+\]/g;

/** The longest section title, in characters: the guide's longest is 56, a chapter title may have 70. */
const maxHeadingLength = 80;

export function remarkStructure() {
  return (tree: Root, file: VFile) => {
    const report = (node: { position?: unknown }, reason: string, hint: string) => {
      const message = file.message(reason, { place: node.position as never, ruleId: "structure", source: "content" });
      message.note = hint;
    };
    const lines = String(file.value).split(/\r?\n/);
    const fence = /^\s*(?:`{3,}|~{3,})/;
    checkSections(tree, report);
    checkMarkSpaces(tree, report, lines);
    visit(tree, (node, index, parent) => {
      if (node.type === "paragraph" && node.children[0]?.type === "text" && /^(?:#{2,6}[^\s#]|#[A-Za-z])/.test(node.children[0].value)) {
        const line = node.children[0].value.split("\n")[0].trimEnd();
        const marks = /^#+/.exec(line)?.[0] ?? "#";
        // The hint keeps a pinned id ({#id}, no longer in the text here): without it the section's address changes.
        // The line as MDX read it, with {#id} already made {/*#id*/} (lib/content/heading-ids.ts).
        const id = /\{\s*(?:\/\*)?#([^}*\s]*)(?:\*\/)?\s*\}\s*$/.exec(lines[(node.position?.start.line ?? 0) - 1] ?? "")?.[1];
        const pinned = id ? ` {#${id}}` : "";
        report(node, `"${line}" has no space after its ${marks}, so the page shows it as text, not as a heading`, `write a space after the #s: ${marks} ${line.slice(marks.length)}${pinned}`);
      } else if (node.type === "mdxJsxFlowElement" && boxes.includes(node.name ?? "") && node.children.every((child) => child.type === "mdxFlowExpression" && isCommentOnly(child.data?.estree, child.value))) {
        report(node, `<${node.name}> is empty, so the page shows an empty box`, `write its text between <${node.name}> and </${node.name}>, or remove the tag`);
      } else if (node.type === "mdxJsxTextElement" && node.name && isRegisteredComponent(node.name) && !inlineComponents.includes(node.name)) {
        report(node, `<${node.name}> is a box, and here it stands inside a sentence`, `put <${node.name}> on lines of its own, with a blank line before and after it`);
      } else if (node.type === "heading" && node.position && /^\s*(?:=+|-+)\s*$/.test(lines[node.position.end.line - 1] ?? "")) {
        // A setext heading: a line of --- or === right under a paragraph makes that paragraph a heading.
        report(node, `the line of ${/=/.test(lines[node.position.end.line - 1]) ? "===" : "---"} under "${toString(node)}" makes that text a heading`, "for a separator line, leave a blank line above the ---; for a heading, write ## before its text");
      } else if (node.type === "heading" && node.children.length === 0) {
        report(node, "this heading is empty", "write the section's title after the ##, or remove the line");
      } else if (node.type === "heading" && node.depth === 1) {
        report(node, "a # heading in the text makes a second page title", "use ## for a section and ### below it; the page title comes from the frontmatter's title");
      } else if (node.type === "heading" && node.depth > 3) {
        report(node, `a ${"#".repeat(node.depth)} heading is not a section readers can find`, "use ## for a section and ### below it: only those appear in the table of contents and can be linked");
      } else if (node.type === "heading" && toString(node).length > maxHeadingLength) {
        report(node, `this heading is ${toString(node).length} characters long, too long for the contents and a share preview's title`, `keep a section's title to ${maxHeadingLength} characters or fewer, and say the rest in the text below it`);
      } else if (node.type === "footnoteReference" || node.type === "footnoteDefinition") {
        report(node, `footnote [^${node.label ?? node.identifier}] is not supported in chapters`, "name the source in the sentence, or link to it: [source name](https://…)");
        // Reported once here; taken out so the link check does not also report the ids GFM would give it.
        if (index !== undefined && parent) {
          parent.children.splice(index, 1);
          return index;
        }
      } else if (node.type === "text" && node.value.match(footnoteMarks)) {
        // A footnote mark with no definition is no footnote to GFM: the page shows "[^source]" as written.
        for (const mark of node.value.match(footnoteMarks) ?? []) report(node, `footnote ${mark} is not supported in chapters`, "name the source in the sentence, or link to it: [source name](https://…)");
      } else if (node.type === "text" && /\]\s*\((?:\/|#|https?:)|\[[^\]\n]+\]\[[^\]\n]*\]/.test(node.value)) {
        // `[scorecard](/job descriptions)`: Markdown ends an address at a space, so the brackets were fine.
        const spaced = /\]\((\S*[ \t][^)"']*)\)/.exec(node.value)?.[1];
        if (spaced) report(node, `the link's address "${spaced}" holds a space, so it is not made into a link: the text shows its brackets`, spaced.startsWith("/") ? `a page's address has no spaces: write it as the address bar shows it, e.g. ${spaced.trim().replace(/\s+/g, "-")}` : "write each space in the address as %20");
        else report(node, "a link is written but not made: the text shows its brackets", "check the link's brackets: [text](/address), with nothing between ] and (, and a closing )");
      } else if (node.type === "text" && node.value.includes("**")) {
        report(node, "bold is opened with ** but not closed: the page shows the asterisks", "close it on the same line: **bold words**");
      } else if (node.type === "table") {
        const columns = node.children[0]?.children.length ?? 0;
        for (const row of node.children.slice(1)) {
          if (row.children.length !== columns) report(row, `this table row has ${row.children.length} cell${row.children.length === 1 ? "" : "s"}, its header ${columns}`, "give every row one cell per column, separated by |; leave a cell empty as | |");
        }
      } else if (node.type === "paragraph" && node.children[0]?.type === "text" && /^\|.*\|\s*(?:\n\|.*\|\s*)+$/.test(node.children[0].value)) {
        report(node, "these | lines are not a table: the page shows the pipes", "put a line such as | --- | --- | under the header row, one --- per column");
      } else if (node.type === "code" && node.position && fence.test(lines[node.position.start.line - 1] ?? "") && (node.position.end.line === node.position.start.line || !/^\s*(?:`{3,}|~{3,})\s*$/.test(lines[node.position.end.line - 1] ?? ""))) {
        report(node, "a code block is opened with ``` and never closed: everything after it shows as code", "close it with a line holding only ```, or remove the opening ```");
      }
    });
  };
}

/** The components drawn as a box around their content: without any, the box is empty. */
const boxes: readonly string[] = ["Callout", "KeyTakeaway", "RoleColumn"];

/** Spaces Markdown does not take after a heading or list mark, by name (any other is named by its code). */
const spaceNames: Record<string, string> = { "\u00a0": "non-breaking space", "\u202f": "narrow non-breaking space", "\u2007": "figure space", "\u3000": "ideographic space" };

/**
 * A heading mark (`##`) or a list mark (`-`, `*`, `+`, `1.`) at the start of a line of text, followed by a
 * space character other than a space or tab (`\s` matches them, so the "##Title" check above passes them): the
 * line is text to Markdown, though it looks right in the editor. Code is not text here, so it is not read.
 */
function checkMarkSpaces(tree: Root, report: (node: { position?: unknown }, reason: string, hint: string) => void, lines: string[]) {
  visit(tree, "paragraph", (paragraph) => {
    paragraph.children.forEach((child, index) => {
      if (child.type !== "text" || !child.position) return;
      child.value.split("\n").forEach((text, i) => {
        if (i === 0 && index > 0 && paragraph.children[index - 1].type !== "break") return; // inside a line, after a link or bold
        const found = /^(#{1,6}|[-*+]|\d{1,9}[.)])([^\S\t\n ])/.exec(text);
        if (!found) return;
        const [, mark, space] = found;
        const line = child.position!.start.line + i;
        const column = (lines[line - 1] ?? "").indexOf(mark + space) + 1 || 1;
        const name = `${spaceNames[space] ?? "space of another kind"} (U+${space.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`;
        const shown = `${mark} ${text.slice(found[0].length)}`;
        const what = mark.startsWith("#") ? "a heading" : "a list item";
        report(
          { position: { start: { line, column }, end: { line, column: column + found[0].length } } },
          `"${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}" has an invisible ${name} after its ${mark}, not a space, so the page shows the line as text, not as ${what}`,
          `delete the character after the ${mark} and type a normal space`,
        );
      });
    });
  });
}

/** Empty sections, and a `###` before any `##` (see remarkStructure). Comments show nothing, so they do not count as text. */
function checkSections(tree: Root, report: (node: { position?: unknown }, reason: string, hint: string) => void) {
  const shown = tree.children.filter((node) => node.type !== "yaml" && !(node.type === "mdxFlowExpression" && isCommentOnly(node.data?.estree, node.value)));
  let sectionSeen = false;
  shown.forEach((node, i) => {
    if (node.type !== "heading" || node.children.length === 0 || node.depth < 2 || node.depth > 3) return;
    if (node.depth === 3 && !sectionSeen) report(node, "a ### subsection comes before any ## section, so the page skips a heading level", "make it a ## section, or put it under one");
    sectionSeen ||= node.depth === 2;
    const next = shown[i + 1];
    const follows = !next
      ? "the chapter ends"
      : // A # heading after it is a slip of its own (reported above), whose fix may well be this section's text.
        next.type === "heading" && next.depth >= 2 && next.depth <= node.depth
        ? "the next heading follows"
        : i + 2 === shown.length && isNextStep(next)
          ? "the chapter's Next step line follows"
          : undefined;
    if (follows) report(node, `the section "${toString(node)}" is empty: ${follows} right after it`, "write the section's text under its heading, or remove the heading");
  });
}
