import type { Program } from "estree";
import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";

/**
 * Chapters are content, not code. MDX would run any `import`, `export` or `{expression}` in a chapter
 * on the server at build time (`{process.env.SECRET}` would print a secret into a public page), so the
 * one pipeline refuses them all, each at its file:line:col with a hint:
 *
 * - `import` / `export` statements (mdxjsEsm);
 * - `{expressions}` in text or between blocks (mdxFlowExpression, mdxTextExpression), except MDX
 *   comments `{/* … *\/}`, whose program has no statements (pinned ids `{#id}` are rewritten to such a
 *   comment by heading-ids.ts and taken out of the tree before this runs);
 * - `{...spread}` props, and prop values in braces that are not JSON literals (`{["a", "b"]}`, `{800}`
 *   and `{true}` stay allowed: lib/content/collect.ts reads them as data).
 *
 * The compiled program is also run without a module base URL (lib/content/run.ts), so an import that
 * got past this check throws instead of loading anything.
 */
export function remarkNoCode() {
  return (tree: Root, file: VFile) => {
    const report = (node: { position?: unknown }, reason: string, hint: string) => {
      const message = file.message(reason, { place: node.position as never, ruleId: "no-code", source: "content" });
      message.note = hint;
    };

    visit(tree, (node, index, parent) => {
      if (node.type === "mdxjsEsm") {
        // Consecutive import/export lines are one node: report each statement at its own line.
        const statements = node.data?.estree?.body ?? [];
        for (const statement of statements.length > 0 ? statements : [undefined]) {
          const start = statement?.loc?.start;
          const text = statement?.range ? sourceOf(file, statement.range) : node.value;
          const keyword = /^\s*export\b/.test(text) ? "export" : "import";
          report(
            start ? { position: { start: { line: start.line, column: start.column + 1 } } } : node,
            `\`${keyword}\` statements are not allowed in chapters: ${snippet(text)}`,
            keyword === "import"
              ? "remove it: the registered components need no import; see CONTRIBUTING.md"
              : "remove it: write the value into the text, or ask for a component",
          );
        }
        return;
      }
      if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
        const id = node.value.trim();
        // `## Title {title-id}`: a pinned id without its #, which JavaScript reads as a subtraction.
        if (parent?.type === "heading" && index === parent.children.length - 1 && /^[\w-]+$/.test(id)) {
          report(node, `{${id}} after a heading is not a pinned id: it lacks its #`, `write the pinned id as {#${id.toLowerCase()}}`);
          // Reported once here; pinned as meant, so links to the id are not also reported as missing.
          if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
            parent.children.pop();
            const previous = parent.children.at(-1);
            if (previous?.type === "text") previous.value = previous.value.trimEnd();
            parent.data = { ...parent.data, hProperties: { ...parent.data?.hProperties, id } };
          }
          return;
        }
        if (!isCommentOnly(node.data?.estree, node.value)) {
          report(
            node,
            `JavaScript expression {${snippet(node.value)}} is not allowed in chapters`,
            "write { and } in text as \\{ and \\}; a note to editors is a comment, {/* like this */}",
          );
        }
        return;
      }
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") checkAttributes(node, report);
    });
  };
}

function checkAttributes(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  report: (node: { position?: unknown }, reason: string, hint: string) => void,
) {
  const tag = `<${element.name ?? ""}>`;
  for (const attribute of element.attributes) {
    const at = attribute.position ? attribute : element;
    if (attribute.type === "mdxJsxExpressionAttribute") {
      report(at, `${tag} has a spread {${snippet(attribute.value)}}, which is code`, 'write each prop as name="value"');
      continue;
    }
    const value = attribute.value;
    if (value && typeof value === "object" && !isJsonLiteral(value.value)) {
      report(
        at,
        `${tag} prop "${attribute.name}" is a JavaScript expression {${snippet(value.value)}}, not a literal value`,
        'write it as a string, number, or JSON such as {["a", "b"]}',
      );
    }
  }
}

/** True for the text of a JSON literal: what collect.ts can read as a prop value. */
export function isJsonLiteral(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** An expression is only a comment when its parsed program has no statements (acorn keeps comments aside). */
export function isCommentOnly(program: Program | null | undefined, value: string): boolean {
  if (program) return program.body.length === 0;
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/.test(value);
}

/** The file's text in a range of offsets (estree ranges are file offsets). */
function sourceOf(file: VFile, [start, end]: [number, number]): string {
  return String(file.value).slice(start, end);
}

/** The start of the offending code, on one line, for the message. */
function snippet(code: string): string {
  const oneLine = code.replace(/\s+/g, " ").trim();
  return oneLine.length > 48 ? `${oneLine.slice(0, 47)}…` : oneLine;
}

/** Props written on a JSX tag, as literal values (strings, `true`, JSON in braces); code is skipped (remarkNoCode above reports it). */
export function readAttributes(attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === "string") props[name] = value;
    else if (isJsonLiteral(value.value)) props[name] = JSON.parse(value.value);
  }
  return props;
}
