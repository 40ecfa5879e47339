import type { z } from "zod";
import { issueText, withoutTypeEchoes } from "./format-issues";

/** The data files a data error names, e.g. "lib/data/plan-questions.ts + lib/data/plan-rules.ts". */
const filesIn = (where: string): string[] => where.match(/lib\/data\/[\w.-]+\.ts/g) ?? [];

function valueAt(raw: unknown, keys: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of keys) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * How many entries before this one, in the first list on its path, hold the same value at the same place:
 * 1 for the second of two entries with id "a", whose line is the second "a" in the file, not the first.
 */
function earlierSame(raw: unknown, keys: readonly PropertyKey[]): number {
  const at = keys.findIndex((key) => typeof key === "number");
  if (at < 0) return 0;
  const list = valueAt(raw, keys.slice(0, at));
  if (!Array.isArray(list)) return 0;
  const rest = keys.slice(at + 1);
  const value = valueAt(list[keys[at] as number], rest);
  return list.slice(0, keys[at] as number).filter((entry) => valueAt(entry, rest) === value).length;
}

/**
 * The lines (0-based) of a data file that hold `text` outside a comment: "last edited on 17 April 2026" above a
 * field is no place to fix it. The one text search behind every line a data slip is told at (here and in
 * lib/check/data-figures.ts).
 */
export function linesHolding(lines: readonly string[], text: string): number[] {
  return lines.flatMap((line, index) => (line.includes(text) && !/^\s*(?:\/\/|\/?\*)/.test(line) ? [index] : []));
}

/** The text a value is written with in a TypeScript file, when it can be searched for. */
function searchable(value: unknown): string[] {
  if (typeof value === "string" && value.trim().length >= 3) {
    const head = value.slice(0, 60);
    return [JSON.stringify(head).slice(1, -1), head];
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    // An object (a field missing from it, or one of its own rules broken): the line of its id, or of its
    // first text field.
    const record = value as Record<string, unknown>;
    const text = typeof record.id === "string" ? record.id : Object.values(record).find((v) => typeof v === "string" && v.length >= 3);
    if (typeof text === "string") return [JSON.stringify(text), `'${text}'`];
  }
  return [];
}

/**
 * Each problem of a data file as `npm run check` prints the chapters' problems: `file:line  field: message`.
 * The line is where the field's value is written, found by its text (for a value that is not text, such as
 * a number or a missing field, the line of the entry holding it). Hand-written: the data files are
 * TypeScript, not JSON or YAML, so no parser keeps positions for their values, and a text search finds
 * them in files written one value per line. `read` gives a file's text (by its path from the project root), or
 * undefined when it cannot: then the line is left out and the file alone is named.
 */
export function placeIssues(where: string, raw: unknown, issues: z.ZodError["issues"], read: (file: string) => string | undefined): string[] {
  const sources = filesIn(where).map((file) => ({ file, lines: read(file)?.split("\n") ?? [] }));
  const place = (keys: readonly PropertyKey[]): string => {
    for (let depth = keys.length; depth >= 0; depth--) {
      const at = keys.slice(0, depth);
      // The same text in earlier entries (a duplicated id) comes first in the file: skip that many matches.
      const skip = earlierSame(raw, at);
      for (const text of searchable(valueAt(raw, at))) {
        for (const { file, lines } of sources) {
          const found = linesHolding(lines, text);
          if (found.length > 0) return `${file}:${found[Math.min(skip, found.length - 1)] + 1}`;
        }
      }
    }
    return sources[0]?.file ?? where;
  };
  // One object shared by several entries (one source behind every salary band) breaks its rule once per entry:
  // told once, under the first entry's path. Only the same object: two bands each missing a field are two slips.
  const told = new Map<unknown, Set<string>>();
  return withoutTypeEchoes(issues).flatMap((issue) => {
    const owner = valueAt(raw, issue.path.slice(0, -1));
    const key = `${String(issue.path.at(-1))}|${issueText(issue)}`;
    if (owner && typeof owner === "object") {
      if (told.get(owner)?.has(key)) return [];
      told.set(owner, (told.get(owner) ?? new Set()).add(key));
    }
    return [`${place(issue.path)}  ${issue.path.length ? issue.path.join(".") : "(root)"}: ${issueText(issue)}`];
  });
}
