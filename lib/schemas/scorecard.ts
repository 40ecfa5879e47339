import { z } from "zod";
import { roleSchema } from "./salary-band";
import { vettingSourceSchema } from "./vetting";

/** The interview scorecard's rating scale and sheets. */
export const scorecardSchema = z
  .strictObject({
    /** The rating scale, lowest first: whole numbers counting up from 1, each with a one-line meaning. */
    scale: z
      .array(
        z.strictObject({
          value: z.number().int().min(1),
          /** One or two words, e.g. "Strong evidence". */
          label: z.string().min(3).max(24),
          /** What the rating means, one line. */
          meaning: z.string().min(10).max(90),
        }),
      )
      .min(2)
      .max(5)
      .refine((scale) => scale.every((point, i) => point.value === i + 1), { error: "values must be 1, 2, 3, … in order" }),
    /** One sheet (one printed page) per role, in page order. */
    sheets: z
      .array(
        z.strictObject({
          role: roleSchema,
          /** The sheet's heading. */
          title: z.string().min(5).max(60),
          /** Which vetting material the sheet scores. */
          items: vettingSourceSchema,
          /** The chapter section the items come from. */
          href: z.string().startsWith("/"),
        }),
      )
      .min(1),
    /** The chapter section that says how to use the sheets and read their totals (shown on the page). */
    readingHref: z.string().startsWith("/"),
  })
  .refine((card) => new Set(card.sheets.map((sheet) => sheet.role)).size === card.sheets.length, { error: "one sheet per role", path: ["sheets"] });

/** The validated scorecard settings. */
export type ScorecardData = z.infer<typeof scorecardSchema>;
