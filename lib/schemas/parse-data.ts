import type { z } from "zod";
import { formatIssues } from "./format-issues";

/**
 * Validates raw data once, at module load, and freezes it. A mistake throws with one readable line per
 * problem and the file it came from, so `next build`, `npm run check` and the unit tests all stop on it.
 */
export function parseData<T>(schema: z.ZodType<T>, raw: unknown, where: string): Readonly<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid data in ${where}:\n${formatIssues(result.error)}`);
  return Object.freeze(result.data);
}
