import { slug } from "github-slugger";
import type { Heading, Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

/** Ids authors may pin: lowercase kebab-case. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Spaces inside the braces (`{ #pinned-id }`) are read too: MDX had called them a JavaScript syntax error. So is
// a heading mark without its space (`##Title {#id}`): the content check then says what is wrong with it, where
// MDX had reported the braces as a JavaScript error.
const pinnedHeading = /^(#{1,6}(?!#).*?)[ \t]*\{[ \t]*#([^}]*?)[ \t]*\}[ \t]*$/;
// A closing run of #s (`## Title ## {#id}`), which Markdown drops only at the very end of the line.
const closingHashes = /[ \t]+#+$/;
const fence = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/;
const marker = /^\/\*#(.*)\*\/$/;

/**
 * Rewrites `## Title {#pinned-id}` to `## Title {/*#pinned-id*\/}` before MDX parses the file.
 *
 * Hand-written because MDX reads `{…}` as a JavaScript expression, so `{#id}` is a syntax error before
 * any remark plugin runs (react.dev uses `{/*id*\/}` for the same reason). Authors keep the familiar
 * `{#id}` syntax; only the heading's own line changes, so every line number stays exact.
 */
export function rewritePinnedIds(source: string): string {
  // The fence that is open (its run of ` or ~). As CommonMark has it, only a run of the same character, at least
  // as long and with nothing after it, closes it: an example of a fence inside a longer fence stays in the code.
  let open: string | undefined;
  return source
    .split("\n")
    .map((line) => {
      const fenceMatch = fence.exec(line);
      if (fenceMatch) {
        const [, run, rest] = fenceMatch;
        if (!open) open = run;
        else if (run[0] === open[0] && run.length >= open.length && rest.trim() === "") open = undefined;
        return line;
      }
      if (open) return line;
      const match = pinnedHeading.exec(line);
      return match ? `${match[1].replace(closingHashes, "")} {/*#${match[2].replaceAll("*/", "")}*/}` : line;
    })
    .join("\n");
}

/**
 * remark plugin: turns the rewritten `{/*#id*\/}` marker at the end of a heading into that heading's id
 * (via `data.hProperties`, which rehype-slug respects) and removes it from the text, so the pinned
 * syntax never renders. An invalid id becomes a file message with its position.
 */
export function remarkPinnedHeadingIds() {
  return (tree: Root, file: VFile) => {
    visit(tree, "heading", (node: Heading) => {
      const last = node.children.at(-1);
      if (!last || last.type !== "mdxTextExpression") return;
      const match = marker.exec(last.value.trim());
      if (!match) return;
      node.children.pop();
      const previous = node.children.at(-1);
      if (previous?.type === "text") previous.value = previous.value.trimEnd();
      const id = match[1].trim();
      if (!idPattern.test(id)) {
        const message = file.message(`pinned heading id "${id}" is not lowercase kebab-case`, {
          place: last.position,
          ruleId: "pinned-id",
          source: "content",
        });
        message.note = "write it like {#hiring-costs}";
        return;
      }
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}

/**
 * The id the pipeline gives a heading with this text when it is the first of its kind: github-slugger's, which
 * rehype-slug uses. Two titles with one slug ("Costs", "Costs?") get ids costs and costs-1.
 */
export const headingSlug = (title: string): string => slug(title);
