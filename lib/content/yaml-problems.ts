import type { YAMLError } from "yaml";

/** A YAML error in a chapter's frontmatter, said in an editor's words: where (line and column in the block), what, and the fix. */
export interface YamlProblem {
  /** Line in the file (the block's first line is `firstLine`), and 1-based column. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

const fieldOf = (line: string) => /^([A-Za-z][\w-]*):/.exec(line)?.[1];
const valueOf = (line: string) => line.replace(/^[A-Za-z][\w-]*:\s*/, "").trim();
/**
 * The fix for a value YAML misreads: the line as meant, its value in double quotes. Curly quotes a word
 * processor put around it go: YAML keeps them as text, and the check refuses a title wrapped in them.
 */
export const inDoubleQuotes = (field: string, value: string) => `put the value in double quotes: ${field}: "${value.replace(/^[“‘«](.*)[”’»]$/, "$1").replace(/"/g, "'")}"`;
const generic = (error: YAMLError) => ({
  message: `frontmatter is not valid YAML: ${error.message.split("\n")[0]}`,
  hint: "check quotes and indentation; quote text that contains a colon",
});

/**
 * The `yaml` package's errors name YAML's grammar ("Nested mappings are not allowed in compact mappings"); an
 * editor needs the slip they made and its fix. Maps the errors typical of frontmatter, read with the block's
 * lines (`at` gives an error's 0-based line in the block), to one problem per line; any other error keeps YAML's own words. Hand-written: no library turns
 * YAML's errors into advice for a particular file's fields.
 */
export function yamlProblems(
  errors: readonly YAMLError[],
  lines: readonly string[],
  at: (offset: number) => { line: number; column: number },
  firstLine: number,
): YamlProblem[] {
  const problems = new Map<number, YamlProblem>();
  // `line` here is 0-based in the block; problems carry the file's line.
  const add = (line: number, column: number, said: { message: string; hint: string }) => {
    if (!problems.has(line)) problems.set(line, { line: line + firstLine, column, ...said });
  };
  for (const error of errors) {
    const { line, column } = at(error.pos[0]);
    const text = lines[line] ?? "";
    const field = fieldOf(text);
    const value = valueOf(text);
    if (error.code === "TAB_AS_INDENT") {
      add(line, 1, { message: "a tab starts this line", hint: "remove it: each field starts at the beginning of its line" });
    } else if (error.code === "BLOCK_AS_IMPLICIT_KEY" && field && /:\s/.test(value)) {
      add(line, column, { message: `the value of "${field}" holds a colon and a space, which YAML reads as another field`, hint: inDoubleQuotes(field, value) });
    } else if (error.code === "BLOCK_AS_IMPLICIT_KEY" || (error.code === "MULTILINE_IMPLICIT_KEY" && /^\s/.test(lines[line + 1] ?? ""))) {
      const indented = lines.findIndex((l, i) => i > line && /^\s+\S/.test(l));
      if (indented >= 0) add(indented, 1, { message: "this line is indented, so YAML reads it as part of the field above", hint: "start each field at the beginning of its line" });
      else add(line, column, generic(error));
    } else if (error.code === "MULTILINE_IMPLICIT_KEY" && /^[A-Za-z][\w-]*:\S/.test(text)) {
      add(line, 1, { message: `"${text.trim()}" has no space after its colon`, hint: `write a space after the colon: ${text.replace(/:/, ": ").trim()}` });
    } else if (/^\s*-\s/.test(text)) {
      add(line, 1, { message: "a list item is not a frontmatter field", hint: "frontmatter holds only fields written name: value; remove the line or make it a field" });
    } else if (error.code === "MISSING_CHAR" && /quote/.test(error.message)) {
      // YAML notices the missing quote at the end of the block: the slip is on the line that opens it.
      const opened = lines.findIndex((l) => /^[A-Za-z][\w-]*:\s*["']/.test(l) && !/^(["']).*\1\s*$/.test(valueOf(l)));
      const where = opened >= 0 ? opened : line;
      const mark = valueOf(lines[where] ?? "").charAt(0) || '"';
      add(where, (lines[where] ?? "").indexOf(mark) + 1, {
        message: `the value of "${fieldOf(lines[where] ?? "") ?? "this field"}" opens a ${mark} quote that is never closed`,
        hint: `end the value with the same quote mark, on the same line: ${fieldOf(lines[where] ?? "") ?? "field"}: ${mark}…${mark}`,
      });
    } else if (error.code === "DUPLICATE_KEY" && field) {
      const first = lines.findIndex((l) => fieldOf(l) === field);
      add(line, 1, { message: `the field "${field}" is written twice (also on line ${first + firstLine})`, hint: "keep one of them" });
    } else if (error.code === "BAD_SCALAR_START" && field) {
      add(line, column, { message: `the value of "${field}" starts with "${value.charAt(0)}", which YAML keeps for itself`, hint: inDoubleQuotes(field, value) });
    } else if (error.code === "BAD_DQ_ESCAPE" && field) {
      add(line, column, { message: `a backslash in the value of "${field}" starts an escape YAML does not know`, hint: `use single quotes around the value, or write \\\\ for one backslash` });
    } else if (error.code === "UNEXPECTED_TOKEN" && field && /^"[^"]*"\S/.test(value)) {
      add(line, column, { message: `the value of "${field}" goes on after its closing quote`, hint: `put a value that holds double quotes in single quotes: ${field}: '${value.replace(/^"|"$/g, "").replace(/'/g, "’")}'` });
    } else if (error.code === "UNEXPECTED_TOKEN" && field && /^'[^']*'\S/.test(value)) {
      const close = value.indexOf("'", 1);
      const word = value.slice(value.lastIndexOf(" ", close) + 1).split(" ")[0].replace(/^'/, "");
      add(line, column, { message: `the value of "${field}" ends at the apostrophe in "${word}": inside single quotes an apostrophe closes them`, hint: inDoubleQuotes(field, value.replace(/^'|'$/g, "")) });
    } else add(line, column, generic(error));
  }
  return [...problems.values()];
}
