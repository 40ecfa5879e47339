import type { Heading, Nodes, Paragraph, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { isCommentOnly } from "./no-code";

/** A chapter's closing "**Next step:**" line: where it is, and the root-relative links it holds. */
export interface NextStep {
  line: number;
  column: number;
  hrefs: string[];
}

declare module "vfile" {
  interface DataMap {
    /** The chapter's closing Next step line, when it has a sound one (lib/content/next-step.ts). */
    nextStep: NextStep;
  }
}

/** At most this many words in the Next step line: one short sentence, not a summary of the chapter. */
export const nextStepMaxWords = 30;
const example = "**Next step:** [request a confidential consultation](/consultation) about the role.";

/**
 * The text readers see in a node, without Markdown syntax. Not mdast-util-to-string, which also returns the
 * source of MDX expressions (an MDX comment `{/* … *\/}`) and raw HTML: neither is text a reader sees.
 */
function plain(node: Nodes): string {
  if ("value" in node && (node.type === "text" || node.type === "inlineCode")) return node.value;
  return "children" in node ? (node.children as Nodes[]).map(plain).join("") : "";
}

/** Is this block the chapter's "**Next step:**" line? */
export const isNextStep = (node: RootContent): node is Paragraph =>
  node.type === "paragraph" && node.children[0]?.type === "strong" && plain(node.children[0]).trim() === "Next step:";

/**
 * remark plugin: every chapter ends with one short "**Next step:**" line that links on to another page of the
 * guide (CONTRIBUTING.md), not with a "What to do next" section or a list that repeats the chapter. Each
 * slip is a file message at its line with a fix; a sound line is kept in `file.data.nextStep`, whose links
 * `checkNextStepForward` then checks against the other chapters' order.
 */
export function remarkNextStep() {
  return (tree: Root, file: VFile) => {
    const report = (node: { position?: unknown }, reason: string, hint: string) => {
      const message = file.message(reason, { place: node.position as never, ruleId: "next-step", source: "content" });
      message.note = hint;
    };
    // Comments ({/* … */}) show nothing, so a note to editors after the Next step line is fine.
    const blocks = tree.children.filter((node) => node.type !== "yaml" && !(node.type === "mdxFlowExpression" && isCommentOnly(node.data?.estree, node.value)));
    // An empty chapter is reported once, as empty (lib/content/validate.ts).
    if (blocks.length === 0) return;
    visit(tree, "heading", (heading: Heading) => {
      const title = plain(heading).trim();
      if (/^(?:what to do next|next steps?|what next\??)$/i.test(title)) {
        report(heading, `a "${title}" section ends the chapter the long way`, `end the chapter with one short line instead, e.g. ${example}`);
      }
    });
    const last = blocks[blocks.length - 1];
    // A slip already reported where the chapter ends (a code fence never closed swallows the rest) is fixed first.
    if (file.messages.some((message) => message.line === last.position?.start.line)) return;
    if (!isNextStep(last)) {
      const earlier = blocks.find(isNextStep);
      if (earlier) {
        report(last, `the chapter goes on after its **Next step:** line (line ${earlier.position?.start.line ?? "?"})`, "make the **Next step:** line the last thing in the chapter: move this part above it, or remove it");
      } else {
        // "**Next step**:" or "**Next Step:**": the line is there, written a little off (the cast: isNextStep narrowed `last` too far).
        const near = (last as RootContent).type === "paragraph" ? /^\s*(next\s+steps?\s*:?)/i.exec(plain(last))?.[1] : undefined;
        if (near) report(last, `the last line starts "${near}" but is not written **Next step:**, so it is not read as the chapter's Next step line`, "write it as **Next step:**, in bold with the colon inside the asterisks and step in lower case, then the link forward");
        else report(last, "the chapter does not end with a **Next step:** line", `end it with one short line that links forward, e.g. ${example}`);
      }
      return;
    }
    const hrefs: string[] = [];
    visit(last, "link", (link) => {
      if (link.url.startsWith("/")) hrefs.push(link.url);
    });
    const words = plain(last).split(/\s+/).filter(Boolean).length;
    if (hrefs.length === 0) {
      report(last, "the **Next step:** line links to no page of the guide", `link forward to a later chapter or a page such as /contact, e.g. ${example}`);
    } else if (words > nextStepMaxWords) {
      report(last, `the **Next step:** line has ${words} words, more than ${nextStepMaxWords}`, "keep it to one short sentence with its link forward; the chapter above already says the rest");
    } else {
      const start = last.position?.start;
      file.data.nextStep = { line: start?.line ?? 1, column: start?.column ?? 1, hrefs };
    }
  };
}

/**
 * The Next step line links forward: each chapter it names comes later in the guide (a higher `order`) than
 * the chapter it ends. Pages that are not chapters (/contact, /scorecard…) are always forward.
 */
export function checkNextStepForward(
  chapter: { slug: string; order: number | undefined; nextStep?: NextStep },
  orders: ReadonlyMap<string, number | undefined>,
): { line: number; column: number; message: string; hint: string }[] {
  const { nextStep, order } = chapter;
  if (!nextStep || order === undefined) return [];
  return nextStep.hrefs.flatMap((href) => {
    const slug = href.slice(1).split(/[#?]/)[0];
    const target = orders.get(slug);
    // Another chapter with this very order is a duplicate order, reported as such (lib/content/names.ts): once.
    if (target === undefined || target > order || (target === order && slug !== chapter.slug)) return [];
    return [
      {
        line: nextStep.line,
        column: nextStep.column,
        message: `the **Next step:** line links back to /${slug} (order ${target}; this chapter is order ${order})`,
        hint: "link forward: to a chapter with a higher order, or to a page such as /contact; readers have already read this one",
      },
    ];
  });
}
