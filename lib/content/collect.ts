import type { Element, ElementContent, Root, RootContent } from "hast";
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import type { VFile } from "vfile";
import { toString } from "hast-util-to-string";
import { findFigures } from "../figures";
import { listBlocks } from "./data-blocks";
import { footnoteMarks } from "./structure";
import { isJsonLiteral, readAttributes } from "./no-code";

/** Whether a text may hold a figure the check must see: digits, or a statistic in words ("forty percent"). */
const holdsFigure = (text: string) => /\d/.test(text) || findFigures(text).length > 0;

/** Where something sits in the source file (1-based, frontmatter lines included). */
export interface Place {
  line: number;
  column: number;
}

/** An h2 or h3, with the id the one slugger (or the author's pin) gave it. */
export interface HeadingInfo extends Place {
  id: string;
  depth: 2 | 3;
  title: string;
}

/** A run of text under one heading (or before the first, with `id` null), for search and previews. */
export interface SectionText {
  id: string | null;
  title: string | null;
  depth: 1 | 2 | 3;
  /** First paragraph after the heading, plain text; empty when the section opens with a list or table (then in `follow`). */
  lead: string;
  /**
   * Up to three paragraphs, list items or table rows right after the lead, before any component or
   * subheading: what a preview continues with when the lead only introduces a list or a table, or says too
   * little on its own (lib/sections.ts previewText). A table row reads "first cell: the others".
   */
  follow: { text: string; item: boolean; label?: string }[];
  /** True when more paragraphs, items or rows came after the three in `follow`. */
  followCut?: boolean;
  /** All plain text of the section. */
  text: string;
  /** Titles of the boxes in the section (a takeaway's "Do I need an AI Architect?"): search ranks them like headings. */
  boxTitles: string[];
}

/** An element's text on one line. */
const plain = (element: Element) => toString(element).replace(/\s+/g, " ").trim();

const firstElement = (element: Element) =>
  element.children.find((child) => child.type !== "text" || child.value.trim() !== "") as ElementContent | undefined;

/**
 * A list item's run-in label: the bold words it opens with when they end in a full stop or colon
 * ("**Shared hours.** Decide how much…" gives "Shared hours"), or when a comma follows them ("**MLOps**, to
 * manage each model…" gives "MLOps"). A preview lists these labels after a lead-in rather than cut the
 * first item after its label ("…before you make an offer: Shared hours.", "Three habits keep AI teams
 * moving: CI/CD pipelines, so the team can release fast." named one habit of three).
 */
function runInLabel(item: Element): string | undefined {
  let parent = item;
  let first = firstElement(item);
  if (first?.type === "element" && first.tagName === "p") {
    parent = first;
    first = firstElement(first);
  }
  if (first?.type !== "element" || first.tagName !== "strong") return undefined;
  const label = plain(first);
  if (/[.:]$/.test(label)) return label.replace(/[.:]$/, "");
  const after = parent.children[parent.children.indexOf(first) + 1];
  return after?.type === "text" && after.value.startsWith(",") ? label : undefined;
}

/**
 * A JSX tag used in the chapter, with its props as literal values. Props that are not literals (code)
 * are left out here: lib/content/no-code.ts reports them at their position.
 */
export interface ComponentUse extends Place {
  name: string;
  props: Record<string, unknown>;
  /** Set when a prop (or a spread) is code, left out of `props`: what the tag shows is not known here. */
  code?: true;
}

/** Everything the site and the check need from one chapter, gathered in a single pass over its tree. */
export interface ChapterAnalysis {
  headings: HeadingInfo[];
  sections: SectionText[];
  links: (Place & { href: string })[];
  images: (Place & { src: string; alt: string })[];
  components: ComponentUse[];
  /** Text readers see that holds a digit (text, and the title, alt and caption props), for the figure check. */
  figureTexts: (Place & { text: string })[];
  wordCount: number;
}

declare module "vfile" {
  interface DataMap {
    analysis: ChapterAnalysis;
  }
}

type Jsx = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Words in a text, as reading time counts them. */
export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Component props whose value readers see as text (the others name data, roles, paths and sizes). */
const shownProps = ["title", "alt", "caption"];

const placeOf = (node: { position?: { start: { line: number; column: number } } }): Place => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/**
 * rehype plugin, run after rehype-slug: records headings (with their final ids), section text, links,
 * images and component uses into `file.data.analysis`. The table of contents, share pages, search and
 * the content check all read this one result, so they cannot disagree with the rendered page.
 */
export function rehypeCollect() {
  return (tree: Root, file: VFile) => {
    const analysis: ChapterAnalysis = { headings: [], sections: [], links: [], images: [], components: [], figureTexts: [], wordCount: 0 };
    let current: SectionText = { id: null, title: null, depth: 1, lead: "", follow: [], text: "", boxTitles: [] };
    let following = false; // collecting `follow` for the current section
    let capped = false; // `follow` is full: the next paragraph, item or row only tells that more came
    let collected: Element | undefined; // a list item or table row already in `follow`: its own paragraphs are not added again
    analysis.sections.push(current);

    const walk = (node: Root | RootContent | ElementContent) => {
      if (node.type === "element") {
        const element = node as Element;
        if ((element.tagName === "h2" || element.tagName === "h3") && typeof element.properties.id === "string") {
          const title = toString(element).trim();
          const depth = element.tagName === "h2" ? 2 : 3;
          analysis.headings.push({ id: element.properties.id, depth, title, ...placeOf(element) });
          if (holdsFigure(title)) analysis.figureTexts.push({ text: title, ...placeOf(element) }); // figures in titles count too
          current = { id: element.properties.id, title, depth, lead: "", follow: [], text: "", boxTitles: [] };
          // A section may open with its list or table ("### Hard skills", then the skills): when no paragraph
          // follows, those items are all a preview can say about it.
          following = true;
          capped = false;
          analysis.sections.push(current);
          return;
        }
        if (element.tagName === "p" && current.lead === "" && !collected) {
          // The first paragraph leads, even after a list the section opens with: the list only stands in for it.
          current.lead = toString(element).trim();
          current.follow = [];
          delete current.followCut;
          following = true;
          capped = false;
        } else if (following && !collected && /^(p|li|tr)$/.test(element.tagName)) {
          const cells = element.children
            .filter((cell): cell is Element => cell.type === "element" && cell.tagName === "td")
            .map(plain)
            .filter((cell) => cell !== "");
          // A header row (th cells) names the columns: not part of what the section says.
          if (element.tagName !== "tr" || cells.length > 0) {
            const text = element.tagName !== "tr" ? plain(element) : cells.length === 1 ? cells[0] : `${cells[0]}: ${cells.slice(1).join("; ")}`;
            const label = element.tagName === "li" ? runInLabel(element) : undefined;
            current.follow.push({ text, item: element.tagName !== "p", ...(label ? { label } : {}) });
            following = current.follow.length < 3;
            capped = !following;
          }
          if (element.tagName !== "p") collected = element;
        } else if (capped && !collected && /^(p|li|tr)$/.test(element.tagName)) {
          // A fourth item or row: the preview must not read as if the list ended at the third.
          if (element.tagName !== "p") current.followCut = true;
          capped = false;
        } else if ((following || capped) && /^(h[3-6]|blockquote|pre|img)$/.test(element.tagName)) following = capped = false;
        if (element.tagName === "a" && typeof element.properties.href === "string") {
          analysis.links.push({ href: element.properties.href, ...placeOf(element) });
        }
        if (element.tagName === "img") {
          analysis.images.push({
            src: String(element.properties.src ?? ""),
            alt: String(element.properties.alt ?? "").trim(),
            ...placeOf(element),
          });
        }
      }
      // A component other than a data list (lib/content/data-blocks.ts) is not part of what the lead introduces.
      if (node.type === "mdxJsxFlowElement" && !listBlocks.includes(node.name ?? "")) following = capped = false;
      if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
        const jsx = node as Jsx;
        const props = readAttributes(jsx.attributes);
        const code = jsx.attributes.some((a) => a.type === "mdxJsxExpressionAttribute" || (typeof a.value === "object" && a.value !== null && !isJsonLiteral(a.value.value)));
        analysis.components.push({ name: jsx.name ?? "(fragment)", props, ...placeOf(jsx), ...(code ? { code: true as const } : {}) });
        for (const name of shownProps) {
          const value = props[name];
          if (typeof value !== "string") continue;
          if (holdsFigure(value)) analysis.figureTexts.push({ text: value, ...placeOf(jsx) });
          // A box's title is read before its text: it is part of the section, and ranks like a heading.
          if (node.type === "mdxJsxFlowElement" && name !== "alt") {
            current.text += `${value}\n`;
            if (name === "title") current.boxTitles.push(value);
          }
        }
      }
      if (node.type === "element" && (node as Element).tagName === "img") {
        const alt = String((node as Element).properties.alt ?? "");
        if (holdsFigure(alt)) analysis.figureTexts.push({ text: alt, ...placeOf(node) });
      }
      if (node.type === "text") {
        current.text += node.value;
        // A footnote mark ("[^1]", reported by the structure check) is no figure: blanked, keeping the columns.
        const shown = node.value.replace(footnoteMarks, (mark) => " ".repeat(mark.length));
        if (holdsFigure(shown)) analysis.figureTexts.push({ text: shown, ...placeOf(node) });
        return;
      }
      if ("children" in node) {
        for (const child of node.children) walk(child as RootContent);
        if (node === collected) collected = undefined;
        if (node.type === "element" && /^(p|li|h[1-6]|td|th|div|blockquote)$/.test((node as Element).tagName)) current.text += "\n";
      }
    };
    walk(tree);

    for (const section of analysis.sections) section.text = section.text.replace(/[ \t]*\n\s*/g, "\n").trim();
    analysis.sections = analysis.sections.filter((section) => section.id !== null || section.text !== "");
    analysis.wordCount = analysis.sections.reduce((sum, s) => sum + countWords(s.text), 0);
    file.data.analysis = analysis;
  };
}
