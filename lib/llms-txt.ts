import type { List, ListItem, PhrasingContent, Root } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";
import { guideExtent, type ArticleFrontmatter } from "./schemas/article";
import { markdownPath } from "./routes";

/** One link of an llms.txt list: `- [title](url): notes`. */
interface LlmsLink {
  title: string;
  url: string;
  notes?: string;
}

const list = (links: readonly LlmsLink[]): List => ({
  type: "list",
  spread: false,
  children: links.map(
    (link): ListItem => ({
      type: "listItem",
      spread: false,
      children: [
        {
          type: "paragraph",
          children: [
            { type: "link", url: link.url, children: [{ type: "text", value: link.title }] },
            ...(link.notes ? [{ type: "text", value: `: ${link.notes}` } satisfies PhrasingContent] : []),
          ],
        },
      ],
    }),
  ),
});

/**
 * `/llms.txt` in the llmstxt.org format: an H1 with the site's name, a blockquote summary, a short note,
 * then H2 sections of links. "Chapters" links each chapter's Markdown with its description; "Key pages"
 * lists the other pages worth reading. Pure; URLs are absolute on `origin`.
 */
export function buildLlmsTxt(input: {
  name: string;
  summary: string;
  origin: string;
  chapters: readonly { slug: string; frontmatter: Pick<ArticleFrontmatter, "title" | "description" | "reference"> }[];
  pages: readonly { path: string; title: string }[];
}): string {
  const absolute = (path: string) => `${input.origin}${path}`;
  const root: Root = {
    type: "root",
    children: [
      { type: "heading", depth: 1, children: [{ type: "text", value: input.name }] },
      { type: "blockquote", children: [{ type: "paragraph", children: [{ type: "text", value: input.summary }] }] },
      {
        type: "paragraph",
        children: [
          {
            type: "text",
            value: `The guide has ${guideExtent(input.chapters)}. Read them in order, or start with the one your decision turns on. Each link below is the chapter as plain Markdown; its web page is the same address without ".md".`,
          },
        ],
      },
      { type: "heading", depth: 2, children: [{ type: "text", value: "Chapters" }] },
      list(input.chapters.map((c) => ({ title: c.frontmatter.title, url: absolute(markdownPath(c.slug)), notes: c.frontmatter.description }))),
      { type: "heading", depth: 2, children: [{ type: "text", value: "Key pages" }] },
      list(input.pages.map((page) => ({ title: page.title, url: absolute(page.path) }))),
    ],
  };
  return toMarkdown(root, { bullet: "-", listItemIndent: "one" });
}
