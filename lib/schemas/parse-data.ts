import type { z } from "zod";
import { formatIssues } from "./format-issues";

/**
 * A data module whose values break its schema. The message names the file and each field in one readable
 * line (what `next build` prints); `raw` and `issues` let `npm run check` find each field's line in the file
 * (lib/check/data-problems.ts).
 */
export class DataError extends Error {
  /** The file(s) the data comes from, as written at the call, e.g. "lib/data/faq.ts". */
  declare readonly where: string;
  declare readonly raw: unknown;
  declare readonly issues: z.ZodError["issues"];
  constructor(where: string, raw: unknown, issues: z.ZodError["issues"], formatted: string) {
    super(`Invalid data in ${where}:\n${formatted}`);
    this.name = "DataError";
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
  if (!result.success) throw new DataError(where, raw, result.error.issues, formatIssues(result.error));
  return Object.freeze(result.data);
}
