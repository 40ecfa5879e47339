import type { Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown, type Options as ToMarkdownOptions } from "mdast-util-to-markdown";
import { faqQuestionLevel, readMoreTitle } from "../faq";
import { formatDate } from "../format";
import { chapterPath } from "../routes";
import { guideExtent } from "../schemas/article";
import { isRegisteredComponent, mdxComponentPropsSchemas } from "../schemas/mdx-props";
import { site } from "../site";
import { readAttributes } from "./no-code";
import type { Chapter } from "./load";
import { markdownMappingFor, type MarkdownContext } from "./markdown-components";

const markdownOptions: ToMarkdownOptions = { extensions: [gfmToMarkdown()], bullet: "-", emphasis: "_", rule: "-", listItemIndent: "one", fences: true };

/** What rendering a chapter as Markdown needs: the public origin, and the chapters (for titles of linked chapters). */
export interface MarkdownOptions {
  /** Public origin without a trailing slash, e.g. `https://guide.example.com` (lib/site.ts `siteOrigin`). */
  origin: string;
  chapters: readonly Pick<Chapter, "slug" | "frontmatter" | "analysis">[];
}

/**
 * A chapter as plain Markdown (CommonMark + GFM), rendered from the tree its page was compiled from
 * (lib/content/compile.ts keeps it): title, description and date first, then the body with every
 * component turned into Markdown by lib/content/markdown-components.ts, MDX comments dropped, and every
 * link and image absolute on `origin`. Pure: the same chapter and origin give the same text.
 */
export function chapterToMarkdown(chapter: Pick<Chapter, "slug" | "frontmatter" | "mdast" | "analysis">, options: MarkdownOptions): string {
  const pageUrl = `${options.origin}${chapterPath(chapter.slug)}`;
  const context: MarkdownContext = {
    absolute: (path) => `${options.origin}${path.startsWith("/") ? path : `/${path}`}`,
    chapterTitle: (slug) => options.chapters.find((c) => c.slug === slug)?.frontmatter.title ?? slug,
    readMoreTitle: (entry) => readMoreTitle(entry, options.chapters),
    faqQuestionDepth: faqQuestionLevel(chapter.analysis),
  };
  const absolute = (url: string) => (url.startsWith("/") ? context.absolute(url) : url.startsWith("#") ? `${pageUrl}${url}` : url);

  const convert = (nodes: RootContent[]): RootContent[] =>
    nodes.flatMap((node): RootContent[] => {
      switch (node.type) {
        case "yaml":
        case "mdxjsEsm":
        case "mdxFlowExpression":
        case "mdxTextExpression":
          return []; // frontmatter (rendered below as text) and MDX comments
        case "mdxJsxFlowElement":
        case "mdxJsxTextElement":
          return component(node, convert(node.children as RootContent[]), context);
        case "link":
        case "image":
        case "definition":
          node.url = absolute(node.url);
      }
      if ("children" in node) (node as { children: RootContent[] }).children = convert(node.children as RootContent[]);
      return [node];
    });

  const { title, description, updated } = chapter.frontmatter;
  const body = convert(structuredClone(chapter.mdast).children);
  const root: Root = {
    type: "root",
    children: [
      { type: "heading", depth: 1, children: [{ type: "text", value: title }] },
      { type: "paragraph", children: [{ type: "text", value: description }] },
      {
        type: "paragraph",
        children: [
          { type: "text", value: `Last updated ${formatDate(updated)}. From “${site.name}”: ` },
          { type: "link", url: pageUrl, children: [{ type: "text", value: pageUrl }] },
        ],
      },
      ...body,
    ],
  };
  return toMarkdown(root, markdownOptions);
}

function component(node: MdxJsxFlowElement | MdxJsxTextElement, children: RootContent[], context: MarkdownContext): RootContent[] {
  const name = node.name ?? "(fragment)";
  // The content check rejects unknown tags before anything is built; this guards direct callers.
  if (!isRegisteredComponent(name)) throw new Error(`<${name}> is not a registered component, so it has no Markdown form`);
  const props = mdxComponentPropsSchemas[name].parse(readAttributes(node.attributes));
  return markdownMappingFor(name)(props as never, children, context);
}

/** The whole guide as one Markdown document, chapters in reading order (for `/llms-full.txt`). */
export function guideToMarkdown(chapters: readonly Pick<Chapter, "slug" | "frontmatter" | "mdast" | "analysis">[], options: MarkdownOptions): string {
  const intro: Root = {
    type: "root",
    children: [
      { type: "heading", depth: 1, children: [{ type: "text", value: site.name }] },
      { type: "blockquote", children: [{ type: "paragraph", children: [{ type: "text", value: site.description }] }] },
      {
        type: "paragraph",
        children: [
          { type: "text", value: `The whole guide follows, in reading order: ${guideExtent(chapters)}. Online: ` },
          { type: "link", url: `${options.origin}/`, children: [{ type: "text", value: `${options.origin}/` }] },
        ],
      },
    ],
  };
  return [toMarkdown(intro, markdownOptions), ...chapters.map((chapter) => chapterToMarkdown(chapter, options))].join("\n---\n\n");
}
