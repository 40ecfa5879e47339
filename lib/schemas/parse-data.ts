import type { z } from "zod";
import { placeIssues } from "./data-places";

/**
 * The text of a data file, by its path from the project root (where `next build`, `next dev` and the tests
 * run), or undefined where it cannot be read. Through `process.getBuiltinModule`, not an import of node:fs:
 * the data modules are bundled by Next, and this keeps the file reading out of the bundler's sight.
 */
function readSource(file: string): string | undefined {
  try {
    return (globalThis.process?.getBuiltinModule?.("node:fs") as typeof import("node:fs") | undefined)?.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * A data module whose values break its schema. The message gives each problem as `npm run check` does,
 * `lib/data/<file>.ts:<line>  <field>: <what>` (what `next build` and the dev overlay print), and no stack
 * trace; `raw` and `issues` let `npm run check` report every broken file in one run (lib/check/data-problems.ts).
 */
export class DataError extends Error {
  /** The file(s) the data comes from, as written at the call, e.g. "lib/data/faq.ts". */
  declare readonly where: string;
  declare readonly raw: unknown;
  declare readonly issues: z.ZodError["issues"];
  constructor(where: string, raw: unknown, issues: z.ZodError["issues"]) {
    super(`Invalid data in ${where}:\n${placeIssues(where, raw, issues, readSource).map((line) => `  ${line}`).join("\n")}`);
    this.name = "DataError";
    // The place of each problem is in the message; the frames below it are the build's own, no help to an editor.
    this.stack = `${this.name}: ${this.message}`;
    // Not enumerable, so a log of the error (`next build` prints it) shows the message, not the raw data.
    Object.defineProperties(this, { where: { value: where }, raw: { value: raw }, issues: { value: issues } });
  }
}

/**
 * Validates raw data once, at module load, and freezes it. A mistake throws with one readable line per
 * problem and the file it came from, so `next build`, `npm run check` and the unit tests all stop on it.
 */
export function parseData<T>(schema: z.ZodType<T>, raw: unknown, where: string): Readonly<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new DataError(where, raw, result.error.issues);
  return Object.freeze(result.data);
}
