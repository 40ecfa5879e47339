import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

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
 * - Link syntax left in the text, such as `[rules](/trends-and-regulation` without its `)`: Markdown prints
 *   it as written, brackets and all.
 */
export function remarkStructure() {
  return (tree: Root, file: VFile) => {
    const report = (node: { position?: unknown }, reason: string, hint: string) => {
      const message = file.message(reason, { place: node.position as never, ruleId: "structure", source: "content" });
      message.note = hint;
    };
    visit(tree, (node, index, parent) => {
      if (node.type === "heading" && node.depth === 1) {
        report(node, "a # heading in the text makes a second page title", "use ## for a section and ### below it; the page title comes from the frontmatter's title");
      } else if (node.type === "heading" && node.depth > 3) {
        report(node, `a ${"#".repeat(node.depth)} heading is not a section readers can find`, "use ## for a section and ### below it: only those appear in the table of contents and can be linked");
      } else if (node.type === "footnoteReference" || node.type === "footnoteDefinition") {
        report(node, `footnote [^${node.label ?? node.identifier}] is not supported in chapters`, "name the source in the sentence, or link to it: [source name](https://…)");
        // Reported once here; taken out so the link check does not also report the ids GFM would give it.
        if (index !== undefined && parent) {
          parent.children.splice(index, 1);
          return index;
        }
      } else if (node.type === "text" && /\]\((?:\/|#|https?:)/.test(node.value)) {
        report(node, "a link is written but not made: the text shows its brackets", "check the link's brackets: [text](/address), with nothing between ] and (, and a closing )");
      }
    });
  };
}
