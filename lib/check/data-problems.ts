import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DataError } from "../schemas/parse-data";
import { issueText } from "../schemas/format-issues";

/** What loading the data modules found: values that break their rules, and files that cannot be read at all. */
export interface DataErrors {
  invalid: DataError[];
  /** Problem lines (`lib/data/<file>.ts:<line>:<col>  what  (how to fix)`) for files that are not valid TypeScript. */
  unreadable: string[];
}

/**
 * Loads every module under `libDir` that validates data (calls `parseData`), each on its own, and returns the
 * mistakes found, once each: a module fails with the error of a data module it imports, so importing them
 * one by one reports every broken file in one run, not only the first one loaded.
 */
export async function dataErrors(libDir: string): Promise<DataErrors> {
  const modules = readdirSync(libDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .map((file) => path.join(libDir, file))
    .filter((file) => /\bparseData\(/.test(readFileSync(file, "utf8")) && !file.endsWith(path.join("schemas", "parse-data.ts")));
  const errors = new Map<string, DataError>();
  const unreadable = new Set<string>();
  for (const file of modules) {
    await import(pathToFileURL(file).href).catch((error: unknown) => {
      if (error instanceof DataError) return void errors.set(error.message, error);
      const lines = syntaxProblems(error, path.dirname(libDir));
      if (!lines) throw error;
      for (const line of lines) unreadable.add(line);
    });
  }
  return { invalid: [...errors.values()], unreadable: [...unreadable] };
}

/**
 * A data file that is not valid TypeScript (a comma, a quote or a bracket missing) fails before any rule is
 * checked, with esbuild's (tsx's compiler's) "file:line:col: ERROR: what" in the message. Told like the other
 * slips, at that place, instead of as a stack trace; `undefined` for any other error.
 */
export function syntaxProblems(error: unknown, root: string): string[] | undefined {
  if (!(error instanceof Error)) return undefined;
  const found = [...error.message.matchAll(/^(.+?):(\d+):(\d+): ERROR: (.+)$/gm)];
  if (found.length === 0) return undefined;
  return found.map(([, file, line, column, what]) => {
    const hint = /unterminated string/i.test(what)
      ? "end the text with the same quote it starts with"
      : "look just before this point, often at the end of the line above, for a missing comma, quote or bracket";
    return `${path.relative(root, file).split(path.sep).join("/")}:${line}:${column}  this file is not valid TypeScript: ${what}  (${hint})`;
  });
}

/** The data files a `DataError` names, e.g. "lib/data/plan-questions.ts + lib/data/plan-rules.ts". */
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
 * them in files written one value per line.
 */
export function dataProblems(error: DataError, root: string): string[] {
  const sources = filesIn(error.where).map((file) => {
    try {
      return { file, lines: readFileSync(path.join(root, file), "utf8").split("\n") };
    } catch {
      return { file, lines: [] };
    }
  });
  const place = (keys: readonly PropertyKey[]): string => {
    for (let depth = keys.length; depth >= 0; depth--) {
      const at = keys.slice(0, depth);
      // The same text in earlier entries (a duplicated id) comes first in the file: skip that many matches.
      const skip = earlierSame(error.raw, at);
      for (const text of searchable(valueAt(error.raw, at))) {
        for (const { file, lines } of sources) {
          const found = lines.flatMap((line, index) => (line.includes(text) ? [index] : []));
          if (found.length > 0) return `${file}:${found[Math.min(skip, found.length - 1)] + 1}`;
        }
      }
    }
    return sources[0]?.file ?? error.where;
  };
  return error.issues.map((issue) => `${place(issue.path)}  ${issue.path.length ? issue.path.join(".") : "(root)"}: ${issueText(issue)}`);
}
