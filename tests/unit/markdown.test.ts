import { readFileSync } from "node:fs";
import path from "node:path";
import type { Blockquote, Heading, Image, Link, Nodes, Paragraph, Root, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { compileChapterSource } from "@/lib/content/compile";
import { loadContent, type Chapter } from "@/lib/content/load";
import { chapterToMarkdown } from "@/lib/content/markdown";
import { componentMarkdown, markdownMappingFor } from "@/lib/content/markdown-components";
import { faqEntriesShownIn, faqQuestionLevel, getFaqByIds } from "@/lib/faq";
import { formatBandRange, getBand, salaryBands, salaryRangeText } from "@/lib/salary-bands";
import { mdxComponentPropsSchemas, type MdxComponentName } from "@/lib/schemas/mdx-props";

const origin = "https://guide.example.com";
const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
/** Plain text of a Markdown node (what a reader sees). */
const textOf = (node: Nodes): string =>
  "value" in node && typeof node.value === "string" ? node.value : "children" in node ? node.children.map(textOf).join("") : "";
const all = <T extends Nodes>(tree: Root, type: T["type"]) => {
  const found: T[] = [];
  visit(tree, type, (node) => void found.push(node as T));
  return found;
};

let chapters: Chapter[];
beforeAll(async () => {
  ({ chapters } = await loadContent(process.cwd()));
});

describe("the component → Markdown mapping", () => {
  it("has a mapping for every registered component (register one without a mapping and this fails)", () => {
    expect(Object.keys(componentMarkdown).sort()).toEqual(Object.keys(mdxComponentPropsSchemas).sort());
  });

  it("names the file to edit when a registered component has no mapping", () => {
    expect(() => markdownMappingFor("HiringPlanner" as MdxComponentName)).toThrow(
      "<HiringPlanner> has no Markdown mapping: add one to componentMarkdown in lib/content/markdown-components.ts",
    );
  });
});

describe("a chapter using every component, as Markdown", () => {
  let tree: Root;
  beforeAll(async () => {
    const file = "tests/fixtures/every-component.mdx";
    const compiled = await compileChapterSource(file, readFileSync(path.join(process.cwd(), file), "utf8"));
    if (compiled.problems.length > 0) throw new Error(`fixture has problems: ${JSON.stringify(compiled.problems)}`);
    const frontmatter = { title: "Every component", description: "All of them.", order: 110, updated: "2026-04-17", reference: false, draft: false };
    tree = parse(chapterToMarkdown({ slug: "every-component", frontmatter, mdast: compiled.mdast!, analysis: compiled.analysis! }, { origin, chapters }));
  });

  it("keeps the headings, without the pinned ids, and drops the comment", () => {
    expect(all<Heading>(tree, "heading").map((h) => [h.depth, textOf(h)])).toEqual([
      [1, "Every component"],
      [2, "Pay at a glance"],
      [3, "The bands"],
      // The FAQ list stands under "The bands": its questions are headings one level down, as on the page.
      ...getFaqByIds(["internal-or-external", "is-agency-hiring-faster"]).map((entry) => [3, entry.question]),
    ]);
    expect(textOf(tree)).not.toMatch(/\{#|\/\*|comment for editors/);
    expect(all(tree, "html")).toEqual([]); // no JSX left over
  });

  it("says the salary range as the page does, and makes every link absolute", () => {
    expect(textOf(tree)).toContain(`Architects earn ${salaryRangeText(getBand("ai-architect", "US")!)}; see the bands`);
    expect(all<Link>(tree, "link").map((l) => l.url)).toEqual(
      expect.arrayContaining([`${origin}/every-component#bands`, `${origin}/vetting#warning-signs`]),
    );
    for (const node of [...all<Link>(tree, "link"), ...all<Image>(tree, "image")]) expect(node.url).toMatch(/^https:\/\//);
  });

  it("turns callouts and the key takeaway into labelled blockquotes", () => {
    const quotes = all<Blockquote>(tree, "blockquote").map((q) => q.children.map((child) => textOf(child)));
    expect(quotes).toEqual([
      ["Key takeaway", "The answer first."],
      ["Warning: Check the date", "Figures age."],
    ]);
  });

  it("gives each role column a bold label and its list", () => {
    const labels = all<Paragraph>(tree, "paragraph").filter((p) => p.children.length === 1 && p.children[0].type === "strong");
    expect(labels.map(textOf)).toEqual(expect.arrayContaining(["AI Architect", "The builder"]));
    expect(all(tree, "listItem").map((item) => textOf(item as Nodes))).toEqual(["Designs the system", "Builds it"]);
  });

  it("writes the salary bands as a table with their source and as-of date", () => {
    const [table] = all<Table>(tree, "table");
    expect(table.children.slice(1).map((row) => textOf(row.children[2]))).toEqual(
      salaryBands.map((band) => `${formatBandRange(band)}${band.note ? ` (${band.note})` : ""}`),
    );
    expect(textOf(tree)).toContain(`Source: ${salaryBands[0].source.name}, as of `);
  });

  it("writes FAQ entries as question headings, each followed by its answer", () => {
    const blocks = tree.children.map((node) => ({ type: node.type, text: textOf(node as Nodes) }));
    for (const entry of getFaqByIds(["internal-or-external", "is-agency-hiring-faster"])) {
      const at = blocks.findIndex((block) => block.type === "heading" && block.text === entry.question);
      expect(at, entry.id).toBeGreaterThan(-1);
      expect(blocks[at + 1]).toEqual({ type: "paragraph", text: entry.answer });
    }
  });

  it("writes a figure as an absolute image with its caption", () => {
    expect(all<Image>(tree, "image").map(({ url, alt }) => ({ url, alt }))).toEqual([
      { url: `${origin}/images/team.png`, alt: "Four roles around one AI product" },
    ]);
    expect(all(tree, "emphasis").map((node) => textOf(node as Nodes))).toContain("The team");
  });
});

describe("the real chapters as Markdown", () => {
  it("parse back to the chapter's title and the h2/h3 headings of its table of contents, in order", () => {
    for (const chapter of chapters) {
      const tree = parse(chapterToMarkdown(chapter, { origin, chapters }));
      const headings = all<Heading>(tree, "heading");
      expect(headings.filter((h) => h.depth === 1).map(textOf), chapter.slug).toEqual([chapter.frontmatter.title]);
      // FAQ questions are headings too (on the page as here), at the level lib/faq.ts gives them; the rest is the contents.
      const questions = new Set(faqEntriesShownIn(chapter.analysis).map((entry) => entry.question));
      const isQuestion = (h: Heading) => questions.has(textOf(h));
      expect(headings.filter((h) => h.depth > 1 && !isQuestion(h)).map((h) => ({ depth: h.depth, title: textOf(h) })), chapter.slug).toEqual(
        chapter.analysis.headings.map(({ depth, title }) => ({ depth, title })),
      );
      expect(headings.filter(isQuestion).map((h) => h.depth), chapter.slug).toEqual([...questions].map(() => faqQuestionLevel(chapter.analysis)));
      expect(all(tree, "html"), chapter.slug).toEqual([]);
    }
  });
});
