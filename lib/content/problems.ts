/**
 * A problem found in content, with enough to fix it without opening the code:
 * where (file:line:col, 1-based, counting frontmatter lines), what is wrong, and how to fix it.
 */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/guides/vetting.mdx`. */
  file: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** `content/guides/x.mdx:12:3  what is wrong  (how to fix it)`, the one format the check and the build print. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.message}  (${problem.hint})`;
}

/** Sorts problems by file, then position, so the report reads top to bottom. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown by the loader when content is broken; its message lists every problem, one per line. */
export class ContentError extends Error {
  declare readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? "" : "s"} (run \`npm run check\`):\n` +
        sortProblems(problems).map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
    // Not enumerable: Node prints an error's own enumerable properties after its message, so the build's
    // log repeated every problem as an object dump under the readable list.
    Object.defineProperty(this, "problems", { value: problems, enumerable: false });
  }
}
