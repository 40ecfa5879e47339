import type { BlockContent, Blockquote, PhrasingContent, RootContent, Table, TableRow } from "mdast";
import { selectFaqEntries } from "../faq";
import { paragraph, strong, text } from "./mdast";
import { bandRegionLabel, bandSources, formatBandRange, formatSourceDate, getBand, roleLabels, salaryBasisNote, salaryRangeText, selectBands } from "../salary-bands";
import type { FaqEntry } from "../schemas/faq";
import { calloutLabels, keyTakeawayTitle, roleColumnTitles, type MdxComponentName, type MdxComponentProps } from "../schemas/mdx-props";

/** What a mapping may need beyond its props: absolute URLs and chapter titles. */
export interface MarkdownContext {
  /** Absolute URL of a root-relative path, on the public origin. */
  absolute(path: string): string;
  /** Title of a chapter by slug (the slug itself when unknown). */
  chapterTitle(slug: string): string;
  /** What an FAQ entry's "Read more" link is called (lib/faq.ts readMoreTitle). */
  readMoreTitle(entry: FaqEntry): string;
  /** Heading depth of FAQ questions in this chapter, as on its page (lib/faq.ts faqQuestionLevel). */
  faqQuestionDepth: 2 | 3;
}

/** Turns one component use (props after schema defaults, children already converted) into plain Markdown nodes. */
type Mapping<Name extends MdxComponentName> = (
  props: MdxComponentProps<Name>,
  children: RootContent[],
  context: MarkdownContext,
) => RootContent[];

const blockquote = (label: string, children: RootContent[]): Blockquote => ({
  type: "blockquote",
  children: [paragraph(strong(label)), ...(children as BlockContent[])],
});
const row = (cells: string[]): TableRow => ({
  type: "tableRow",
  children: cells.map((cell) => ({ type: "tableCell", children: [text(cell)] })),
});

/**
 * THE component → Markdown mapping, keyed by the name authors write. `/<chapter>.md`, `/llms-full.txt`
 * and anything else that needs a chapter as plain Markdown go through it (lib/content/markdown.ts).
 * Each mapping says in Markdown what the React component shows, with the same data and formatting
 * functions, so the two cannot drift apart.
 *
 * IMPORTANT: registering a component in lib/schemas/mdx-props.ts without adding its mapping here fails
 * the type check, the unit tests, and (with a clear error) the rendering of any chapter that uses it.
 */
export const componentMarkdown: { [Name in MdxComponentName]: Mapping<Name> } = {
  Callout: ({ type, title }, children) => [blockquote(`${calloutLabels[type]}${title ? `: ${title}` : ""}`, children)],

  KeyTakeaway: ({ title = keyTakeawayTitle }, children) => [blockquote(title, children)],

  RoleComparison: (_props, children) => children,

  RoleColumn: ({ role, title }, children) => [paragraph(strong(title ?? roleColumnTitles[role])), ...children],

  SalaryRange: ({ role, region }) => {
    const band = getBand(role, region);
    if (!band) throw new Error(`<SalaryRange> has no band for ${role}${region ? ` in ${region}` : ""}`);
    return [text(salaryRangeText(band))];
  },

  SalaryBands: ({ role, region }) => {
    const bands = selectBands({ role, region });
    if (bands.length === 0) return [];
    const table: Table = {
      type: "table",
      align: [null, null, null],
      children: [
        row(["Role", "Region", "Per year"]),
        ...bands.map((band) => row([roleLabels[band.role], bandRegionLabel(band), `${formatBandRange(band)}${band.note ? ` (${band.note})` : ""}`])),
      ],
    };
    const sources = bandSources(bands).flatMap((source, i): PhrasingContent[] => [
      text(i > 0 ? "; " : "Source: "),
      source.url ? { type: "link", url: source.url, children: [text(source.name)] } : text(source.name),
      text(`, ${formatSourceDate(source)}`),
    ]);
    return [
      paragraph(strong("Salary bands, per year")),
      table,
      paragraph(...sources, text(`. ${salaryBasisNote}`)),
    ];
  },

  FaqList: (props, _children, { absolute, readMoreTitle, faqQuestionDepth }) =>
    selectFaqEntries(props).flatMap((entry) => [
      { type: "heading", depth: faqQuestionDepth, children: [text(entry.question)] },
      paragraph(text(entry.answer)),
      paragraph(text("Read more: "), { type: "link", url: absolute(entry.more), children: [text(readMoreTitle(entry))] }),
    ]),

  // Data blocks are expanded into real Markdown at compile time (lib/content/data-blocks.ts): their children are the text.
  ArchitectQuestions: (_props, children) => children,
  EngineerChecks: (_props, children) => children,
  ToolTeaser: (_props, children) => children,

  Figure: ({ src, alt, caption }, _children, { absolute }) => [
    paragraph({ type: "image", url: absolute(src), alt }),
    ...(caption ? [paragraph({ type: "emphasis", children: [text(caption)] })] : []),
  ],
};

/** The mapping for a registered component, or a clear error naming the file to edit. */
export function markdownMappingFor(name: MdxComponentName): Mapping<MdxComponentName> {
  if (!Object.hasOwn(componentMarkdown, name)) {
    throw new Error(`<${name}> has no Markdown mapping: add one to componentMarkdown in lib/content/markdown-components.ts`);
  }
  return componentMarkdown[name] as Mapping<MdxComponentName>;
}
