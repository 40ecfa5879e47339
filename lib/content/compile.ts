import { compile } from "@mdx-js/mdx";
import type { Root as MdastRoot } from "mdast";
import rehypeSlug from "rehype-slug";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import { rehypeCollect, type ChapterAnalysis } from "./collect";
import { remarkDataBlocks } from "./data-blocks";
import { unreadableCharacters } from "./encoding";
import { remarkPinnedHeadingIds, rewritePinnedIds } from "./heading-ids";
import { rehypeRowHeaders } from "./row-headers";
import { remarkNoCode } from "./no-code";
import { remarkStructure } from "./structure";
import { remarkNextStep, type NextStep } from "./next-step";
import type { ContentProblem } from "./problems";
import { isRegisteredComponent, mdxComponentPropsSchemas } from "../schemas/mdx-props";
import { closestWord } from "./suggest";

declare module "vfile" {
  interface DataMap {
    /** The chapter's Markdown tree as the remark plugins left it, for the Markdown versions (lib/content/markdown.ts). */
    mdast: MdastRoot;
  }
}

/**
 * remark plugin, LAST in the list: keeps a copy of the finished Markdown tree (pinned ids already taken
 * out), so `/<chapter>.md` is rendered from the very parse the page is, not from a second reading of the
 * file. Parsed code (`estree`) and positions are dropped: the Markdown output needs neither.
 */
function remarkKeepMdast() {
  return (tree: MdastRoot, file: VFile) => {
    file.data.mdast = JSON.parse(JSON.stringify(tree, (key, value) => (key === "estree" || key === "position" ? undefined : value)));
  };
}

/**
 * THE plugin list. Rendering, the table of contents, share pages, search and `npm run check` all come
 * from this one compile, so a heading id can never differ between them.
 * IMPORTANT: if you add a plugin that changes headings, run `npm run check` and the unit tests.
 */
export const remarkPlugins = [remarkFrontmatter, remarkGfm, remarkPinnedHeadingIds, remarkNoCode, remarkStructure, remarkNextStep, remarkDataBlocks, remarkKeepMdast];
// Row headers after the collection: it tells a table's header row (th) from its body rows (td).
export const rehypePlugins = [rehypeSlug, rehypeCollect, rehypeRowHeaders];

/** Output of compiling one MDX file: the program to run (when it compiled) and what it contains. */
export interface CompileResult {
  code: string | undefined;
  analysis: ChapterAnalysis | undefined;
  mdast: MdastRoot | undefined;
  /** The closing Next step line, when it is sound, for the cross-file check that it links forward. */
  nextStep?: NextStep;
  problems: ContentProblem[];
}

interface PlaceLike {
  line?: number | null;
  column?: number | null;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } } | null;
}

function where(message: PlaceLike & { reason?: string }) {
  const start = message.place && "start" in message.place ? message.place.start : message.place;
  const line = message.line ?? start?.line;
  const column = message.column ?? start?.column;
  if (line) return { line, column: column ?? 1 };
  // Some MDX errors (an unclosed <Tag> at the end of a file) carry their position only in the text,
  // as "(12:1-12:21)": read it there rather than sending the author to line 1.
  const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(message.reason ?? "");
  return inText ? { line: Number(inText[1]), column: Number(inText[2]) } : { line: 1, column: 1 };
}

/**
 * The compiler writes its output, and our analysis its section texts, by appending many small strings. V8
 * keeps a string built that way as a tree of its pieces, and chapters stay in memory for the life of the
 * process: at 500 chapters that was 1.3 million pieces and 43 MB for 5 MB of code, which the build's
 * prerendering worker then multiplied as heap head-room (issue 12's 1.5 GB limit). Hand-written because no
 * library does this: copying through a Buffer (the code) or JSON (the plain-data analysis) stores the
 * strings flat.
 */
const inOnePiece = (text: string): string => Buffer.from(text, "utf8").toString("utf8");
const copyOf = <T>(data: T): T => (data === undefined ? data : (JSON.parse(JSON.stringify(data)) as T));

/** Compiles one chapter's MDX (frontmatter included, so positions are file positions). Never throws for bad content. */
export async function compileChapterSource(file: string, source: string): Promise<CompileResult> {
  const vfile = new VFile({ path: file, value: rewritePinnedIds(source) });
  try {
    const compiled = await compile(vfile, {
      outputFormat: "function-body",
      remarkPlugins,
      rehypePlugins,
    });
    const problems = compiled.messages.map((message) => ({
      file,
      ...where(message),
      message: message.reason,
      // Our plugins put the fix in the message's note; anything else MDX reports points at the docs.
      hint: message.note ?? "see CONTRIBUTING.md",
    }));
    problems.push(...unreadableCharacters(file, source));
    return { code: inOnePiece(String(compiled)), analysis: copyOf(compiled.data.analysis), mdast: compiled.data.mdast, nextStep: compiled.data.nextStep, problems };
  } catch (error) {
    const message = error as PlaceLike & { reason?: string; message?: string };
    const reason = (message.reason ?? message.message ?? String(error)).split("\n")[0];
    return {
      code: undefined,
      analysis: undefined,
      mdast: undefined,
      problems: [{ file, ...where(message), message: `MDX syntax error: ${reason}`, hint: syntaxHint(reason), ...misspeltTag(reason) }, ...unreadableCharacters(file, source)],
    };
  }
}

/**
 * A component misspelt in one of its two tags (`<CallOut>` … `</Callout>`): MDX sees two different tags and
 * says the closing one is unexpected, which sends the editor to the wrong line with the wrong fix. Named
 * here as the misspelt tag, at its own line, with the registered name it is closest to.
 */
function misspeltTag(reason: string): Partial<Pick<ContentProblem, "line" | "column" | "message" | "hint">> | undefined {
  const found = /^Unexpected closing tag `<\/([A-Z][\w.]*)>`, expected corresponding closing tag for `<([A-Z][\w.]*)>` \((\d+):(\d+)-/.exec(reason);
  if (!found) return undefined;
  const [, closing, opening, line, column] = found;
  const names = Object.keys(mdxComponentPropsSchemas);
  const forOpening = isRegisteredComponent(opening) ? undefined : closestWord(opening, names);
  if (forOpening === closing) {
    return { line: Number(line), column: Number(column), message: `unknown component <${opening}>`, hint: `did you mean <${forOpening}>, like its closing tag </${closing}>?` };
  }
  const forClosing = isRegisteredComponent(closing) ? undefined : closestWord(closing, names);
  return forClosing === opening ? { message: `unknown closing tag </${closing}>`, hint: `did you mean </${opening}>, to close the <${opening}> on line ${line}?` } : undefined;
}

function syntaxHint(reason: string): string {
  // Specific causes first: MDX's own note names them (an HTML comment, an <https://…> autolink).
  if (/to create a comment in MDX/i.test(reason)) return "write a note to editors as {/* … */}; <!-- … --> is HTML and not allowed";
  if (/to create a link in MDX/i.test(reason)) return "write the link as [text](https://…)";
  if (/[\u201C\u201D\u2018\u2019]/.test(reason)) return "write prop values in straight quotes: type=\"tip\", not type=“tip”";
  if (/before attribute value/.test(reason)) return "put the prop's value in straight double quotes, e.g. type=\"tip\"";
  if (/closing tag for `<[a-z]/.test(reason)) return "HTML tags are not allowed in chapters: use Markdown (a blank line starts a new paragraph)";
  if (/closing tag|end tag|expected a closing/i.test(reason)) return "close every component tag, e.g. </Callout>";
  if (/acorn|expression/i.test(reason)) return "write { and } as \\{ and \\} in text, or fix the expression";
  if (/before name|character/i.test(reason)) return "write < as &lt; in text, or fix the tag";
  return "fix the MDX at this position";
}
