import { LineCounter, parseDocument, isMap, isScalar, type Pair } from "yaml";
import { articleFrontmatterFields, articleFrontmatterSchema, type ArticleFrontmatter } from "../schemas/article";
import { withoutTypeEchoes } from "../schemas/format-issues";
import type { ContentProblem } from "./problems";
import { closestWord } from "./suggest";
import { inDoubleQuotes, yamlProblems } from "./yaml-problems";

/** A field as written (its scalar value as text) and where its value starts in the file. */
export interface FrontmatterField {
  name: string;
  text: string;
  line: number;
  column: number;
}

/**
 * Result of reading a chapter's frontmatter: the data when valid, every problem found, and the fields as
 * written with their positions (whenever the YAML parses, valid or not), for checks that point at a field.
 */
export interface FrontmatterResult {
  data: ArticleFrontmatter | undefined;
  problems: ContentProblem[];
  fields: FrontmatterField[];
  /**
   * When the block is opened but never closed: its last line (the line before the first blank one), so
   * checks of the chapter's text leave out what was meant as fields ("order: 5" is not a figure to source).
   */
  unclosedThrough?: number;
}

const fieldHints: Record<string, string> = {
  title: "write a title of 10–70 characters, without quotation marks around it (YAML needs straight quotes only around text with a colon)",
  description: "write one sentence of 70–160 characters, without quotation marks around it",
  order: "use a whole number such as 3; it sets the chapter's position",
  updated: "write the date the content last changed, as YYYY-MM-DD, e.g. 2026-04-17",
  navTitle: "use a short label of at most 28 characters, or remove the field",
  reference: "use true or false",
  draft: "use true or false",
};

/** Fields the page shows as text: a YAML note (` #…`) at the end of one cuts it short without a word. */
const textFields = new Set(["title", "description", "navTitle"]);

/** The last line (1-based) of a file's first block of lines: the line before the first blank one. */
function blockEnd(source: string): number {
  const lines = source.split(/\r?\n/);
  const blank = lines.findIndex((line) => line.trim() === "");
  return blank === -1 ? lines.length : blank;
}

/**
 * A file that does not open with a whole frontmatter block: one opened and never closed, one pushed off the
 * first line by blank lines (which the page then shows as text: a rule and a heading made of the fields), or
 * none. `unclosedThrough` marks the lines meant as fields, so the checks of the text leave them out.
 */
function unreadBlock(file: string, source: string): FrontmatterResult {
  const at = { file, line: 1, column: 1 };
  if (/^---[ \t]*(?:\r?\n|$)/.test(source)) {
    return { data: undefined, fields: [], unclosedThrough: blockEnd(source), problems: [{ ...at, message: "the frontmatter block is not closed", hint: "end it with a line holding only ---, before the chapter's text" }] };
  }
  const pushed = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?\n)/.exec(source);
  if (pushed) {
    const blanks = pushed[0].split("\n").length - 1;
    const lines = source.split(/\r?\n/);
    const closing = lines.findIndex((line, i) => i > blanks && /^---[ \t]*$/.test(line));
    const s = blanks === 1 ? "" : "s";
    return {
      data: undefined,
      fields: [],
      unclosedThrough: closing >= 0 ? closing + 1 : lines.length,
      problems: [{ ...at, message: `the file starts with ${blanks} blank line${s}, so its --- block on line ${blanks + 1} is not read as frontmatter`, hint: `delete the blank line${s} above the first ---: the frontmatter starts on the file's first line` }],
    };
  }
  return { data: undefined, fields: [], problems: [{ ...at, message: "missing frontmatter", hint: "start the file with a --- block holding title, description, order and updated" }] };
}

/**
 * Reads and validates the YAML frontmatter of one chapter.
 *
 * Written by hand rather than with gray-matter because we need (a) the YAML's line offset in the file,
 * so every problem points at the right line, and (b) frontmatter problems even when the MDX body does
 * not compile. The `yaml` package keeps dates as strings, which is what the schema expects.
 */
export function readFrontmatter(file: string, source: string): FrontmatterResult {
  // A space after the opening --- is invisible, and remark-frontmatter reads the block all the same.
  // An empty block (`---` right above `---`: a template with every field deleted) is read too: its fields are missing.
  const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return unreadBlock(file, source);
  const yamlText = match[1] ?? "";
  const lineOffset = 1; // the opening --- is line 1; YAML line 1 is file line 2
  // Without its closing ---, the block runs on to the first --- rule in the text: a chapter line inside it (a
  // heading, a component, bold, a link) says so, where YAML would only report errors about the text.
  // A list item counts only after a blank line: right under a field, "- item" is a YAML slip, reported below.
  const yamlLines = yamlText.split(/\r?\n/);
  const stray = yamlLines.findIndex((line, i) => /^(?:#{1,6}\s|<[A-Za-z/]|\*\*|!?\[)/.test(line) || (/^[-*]\s/.test(line) && i > 0 && yamlLines[i - 1].trim() === ""));
  if (stray >= 0) {
    return {
      data: undefined,
      fields: [],
      problems: [{ file, line: stray + 1 + lineOffset, column: 1, message: "the frontmatter block is not closed before the chapter's text starts here", hint: "end the frontmatter with a line holding only --- after its last field" }],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };

  if (doc.errors.length > 0) {
    const blockAt = (offset: number) => {
      const pos = lineCounter.linePos(offset);
      return { line: pos.line - 1, column: pos.col };
    };
    return {
      data: undefined,
      fields: [],
      problems: yamlProblems(doc.errors, yamlLines, blockAt, 1 + lineOffset).map((problem) => ({ file, ...problem })),
    };
  }

  const pairs = isMap(doc.contents) ? (doc.contents.items as Pair[]) : [];
  const findPair = (key: string) => pairs.find((pair) => isScalar(pair.key) && pair.key.value === key);
  const positionOf = (key: string | undefined, preferValue: boolean) => {
    const pair = key ? findPair(key) : undefined;
    const node = (preferValue && pair?.value) || pair?.key;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? at(range[0]) : { line: 1, column: 1 };
  };

  const fields = pairs.flatMap((pair) =>
    isScalar(pair.key) && isScalar(pair.value) ? [{ name: String(pair.key.value), text: String(pair.value.value), ...positionOf(String(pair.key.value), true) }] : [],
  );
  // `title: Vetting #1 rule` is "Vetting" to YAML: " #" starts a note, which it drops. Told as the slip it is,
  // in place of the schema's "is shorter than 10 characters" about what was left.
  const cutFields = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const pair of pairs) {
    const name = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!textFields.has(name) || !isScalar(pair.value) || pair.value.type !== "PLAIN" || !pair.value.comment) continue;
    const { line } = positionOf(name, true);
    const text = yamlLines[line - 1 - lineOffset] ?? "";
    if (!text.includes(" #")) continue;
    cutFields.add(name);
    problems.push({
      file,
      line,
      column: text.indexOf(" #") + 2,
      message: `the value of "${name}" stops at " #": YAML reads the rest of the line as a note, so the page would show only "${String(pair.value.value)}"`,
      hint: inDoubleQuotes(name, text.replace(/^[^:]*:\s*/, "").trim()),
    });
  }
  const written = (doc.toJS() ?? {}) as Record<string, unknown>;
  const result = articleFrontmatterSchema.safeParse(written);
  if (result.success) return { data: problems.length > 0 ? undefined : result.data, problems, fields };

  for (const issue of withoutTypeEchoes(result.error.issues).filter(({ path: [field] }) => !cutFields.has(String(field)))) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const suggestion = closestWord(key, articleFrontmatterFields);
        problems.push({
          file,
          ...positionOf(key, false),
          message: `unknown frontmatter field "${key}"`,
          hint: suggestion
            ? `did you mean "${suggestion}"?`
            : `allowed fields: ${articleFrontmatterFields.join(", ")}`,
        });
      }
      continue;
    }
    const field = String(issue.path[0] ?? "");
    const present = field !== "" && findPair(field) !== undefined;
    problems.push({
      file,
      ...positionOf(field || undefined, true),
      // `title:` with nothing after it is YAML's null: "must be text" would not say what is wrong.
      message: !present ? `missing frontmatter field "${field}"` : `frontmatter field "${field}" ${written[field] === null || written[field] === "" ? "is empty" : issue.message}`,
      hint: fieldHints[field] ?? "see the frontmatter table in CONTRIBUTING.md",
    });
  }
  return { data: undefined, problems, fields };
}
