import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DataError } from "../schemas/parse-data";
import { placeIssues } from "../schemas/data-places";

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

/** Each problem of a data file as `npm run check` prints the chapters' problems: `file:line  field: message`. */
export function dataProblems(error: DataError, root: string): string[] {
  return placeIssues(error.where, error.raw, error.issues, (file) => {
    try {
      return readFileSync(path.join(root, file), "utf8");
    } catch {
      return undefined;
    }
  });
}
