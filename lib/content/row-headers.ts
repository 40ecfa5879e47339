import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * rehype plugin: the first cell of every body row of a table becomes that row's header (`<th scope="row">`),
 * so a screen reader names the row ("Buy") with each of its cells, not only the column. Every table of the
 * guide names its rows in the first column, and CONTRIBUTING.md asks editors to keep it so. Written by hand:
 * GFM has no syntax for row headers, and no maintained rehype plugin adds them.
 */
export function rehypeRowHeaders() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "tbody") return;
      for (const row of node.children) {
        if (row.type !== "element" || row.tagName !== "tr") continue;
        const first = row.children.find((cell): cell is Element => cell.type === "element");
        if (first?.tagName !== "td") continue;
        first.tagName = "th";
        first.properties = { ...first.properties, scope: "row" };
      }
    });
  };
}
