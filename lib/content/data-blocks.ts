import type { BlockContent, List, PhrasingContent, Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Position } from "unist";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { toolPath } from "../routes";
import { getBand, salaryRangeText as bandText } from "../salary-bands";
import { mdxComponentPropsSchemas } from "../schemas/mdx-props";
import { toolIdSchema } from "../schemas/tool";
import { getTool } from "../tools/catalog";
import { askLabel, strongAnswerLabel, vetting } from "../vetting";
import { listItem as item, paragraph, strong, text } from "./mdast";
import { readAttributes } from "./no-code";


/** The five architect questions as the chapter shows them: a numbered list, question in bold, then what a strong answer shows. */
export function architectQuestionsTree(): List {
  return {
    type: "list",
    ordered: true,
    start: 1,
    spread: true,
    children: vetting.architectQuestions.map((q) => item(true, paragraph(strong(q.question)), paragraph(text(`${strongAnswerLabel} ${q.strongAnswer}`)))),
  };
}

/** The engineer checks as the chapter shows them: a bullet list, each check's title in bold, then the question to ask and what a strong answer shows. */
export function engineerChecksTree(): List {
  return {
    type: "list",
    ordered: false,
    spread: true,
    children: vetting.engineerChecks.map((check) =>
      item(true, paragraph(strong(`${check.title}.`), text(` ${check.text}`)), paragraph(strong(askLabel), text(` ${check.question}`)), paragraph(text(`${strongAnswerLabel} ${check.strongAnswer}`))),
    ),
  };
}

/** A tool's teaser: its name and pitch, then a link to it (a real link, so `npm run check` checks it). */
export function toolTeaserTree(id: string): BlockContent[] | undefined {
  const parsed = toolIdSchema.safeParse(id);
  if (!parsed.success) return undefined; // the props check reports the bad `tool` at its line
  const tool = getTool(parsed.data);
  return [
    paragraph(strong(`${tool.navTitle}.`), text(` ${tool.teaser}`)),
    paragraph({ type: "link", url: toolPath(tool.id), children: [text(tool.action)] }),
  ];
}

/** Gives generated nodes the tag's position, so a problem inside them is reported at the tag's line. */
function place<T extends { position?: Position; children?: unknown[] }>(node: T, position: Position | undefined): T {
  node.position = position;
  for (const child of (node.children ?? []) as { position?: Position; children?: unknown[] }[]) place(child, position);
  return node;
}

/** Data blocks that are a list continuing the text before them (a section's preview may read into them). */
export const listBlocks: readonly string[] = ["ArchitectQuestions", "EngineerChecks"];

const builders: Record<string, (node: MdxJsxFlowElement) => BlockContent[] | undefined> = {
  ArchitectQuestions: () => [architectQuestionsTree()],
  EngineerChecks: () => [engineerChecksTree()],
  ToolTeaser: (node) => {
    const attribute = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "tool");
    return typeof attribute?.value === "string" ? toolTeaserTree(attribute.value) : undefined;
  },
};

/**
 * `<SalaryRange role="…" />` in the text: its band as text ("$200K–$350K+ a year (US)"), so the section's
 * preview, its search excerpt and the figure check read the figure the page shows (they read the tree, and
 * an empty tag had left "AI Architects at and Software Engineers at ." in link previews). The component
 * still renders from lib data and ignores this child.
 */
function salaryRangeText(node: MdxJsxTextElement): PhrasingContent[] | undefined {
  const props = mdxComponentPropsSchemas.SalaryRange.safeParse(readAttributes(node.attributes));
  const band = props.success ? getBand(props.data.role, props.data.region) : undefined;
  return band ? [text(bandText(band))] : undefined; // the content check reports bad props and missing bands
}

/**
 * remark plugin: fills data-driven components (`<ArchitectQuestions />`, `<EngineerChecks />`,
 * `<ToolTeaser tool="…" />`) with real Markdown nodes generated from lib/ data at compile time. The tag
 * stays, as a styled wrapper; its content is ordinary lists and paragraphs, so the page, the table of
 * contents, search, the content check and any Markdown export all see the same text as the tools do.
 */
export function remarkDataBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, "mdxJsxFlowElement", (node: MdxJsxFlowElement) => {
      const build = node.name ? builders[node.name] : undefined;
      if (!build) return;
      if (node.children.length > 0) {
        const message = file.message(`<${node.name}> takes no content: its text comes from lib/ data`, { place: node.position, ruleId: "data-block", source: "content" });
        message.note = "write the tag on its own, e.g. <ArchitectQuestions />, and edit its text in lib/data/";
      }
      const children = build(node);
      if (children) node.children = children.map((child) => place(child, node.position));
      return "skip";
    });
    visit(tree, "mdxJsxTextElement", (node: MdxJsxTextElement) => {
      if (node.name !== "SalaryRange") return;
      const children = salaryRangeText(node);
      if (children) node.children = children.map((child) => place(child, node.position));
    });
  };
}
