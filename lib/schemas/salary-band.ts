import { z } from "zod";
import { isNotFuture } from "./article";

/** Roles the guide compares. Slugs are stable: they appear in MDX props such as `<SalaryRange role="…" />`. */
export const roleSchema = z.enum(["ai-architect", "software-engineer"]);
/** One of the guide's roles. */
export type Role = z.infer<typeof roleSchema>;

/** Currencies the site knows how to format (ISO 4217). Add one here before using it in data. */
export const currencySchema = z.enum(["USD", "EUR", "GBP"]);

/** Where a figure comes from. Every number on the site must carry one. */
export const sourceSchema = z.strictObject({
  /** Human-readable name of the source. Required. */
  name: z.string().min(3),
  /** Public URL of the source, when it has one. Optional. */
  url: z.url().optional(),
  /** Date the figure was true, `YYYY-MM-DD`, not in the future. Required: figures without a date mislead. */
  // abort: a value that is no date is told that, not also that it "is in the future".
  asOf: z.iso
    .date({ error: "must be a date written YYYY-MM-DD, e.g. 2026-04-17", abort: true })
    .refine(isNotFuture, { error: "is in the future: write the date the figure was true (or the source page was last edited)" }),
  /**
   * What `asOf` is. "figure-date" (default): the day the figure was true. "page-last-edited": the day the
   * source page was last edited, which is all some sources give; readers are told so next to the date.
   */
  asOfKind: z.enum(["figure-date", "page-last-edited"]).default("figure-date"),
});

/** A validated source. */
export type Source = z.infer<typeof sourceSchema>;

/**
 * A yearly salary in whole currency units. The ceiling catches a slip, not a market: a zero too many, or a
 * figure written in cents; no band a source gives for these roles comes near it.
 */
const yearlyPay = z
  .number()
  .int()
  .positive()
  .max(2_000_000, { error: "is over 2,000,000 a year: check for a zero too many, or a figure in cents (write whole currency units, as 200_000)" });

/**
 * One yearly salary band for a role, in a region when the source names one.
 * Invariants: `low <= high`; the currency is a known ISO code.
 */
export const salaryBandSchema = z
  .strictObject({
    /** Which role the band is for. */
    role: roleSchema,
    /**
     * Region the band applies to, as shown to readers (e.g. "US"). Leave it out when the source names no
     * region: readers then see "region not stated" (see `bandRegionLabel` in lib/salary-bands.ts), never a guess.
     */
    region: z.string().min(2).max(40).optional(),
    /** ISO 4217 currency of `low` and `high`. */
    currency: currencySchema,
    /** Bottom of the band, per year, in whole currency units. */
    low: yearlyPay,
    /** Top of the band, per year, in whole currency units. */
    high: yearlyPay,
    /** True when the source gives the top as open-ended ("$350K+"): the chart draws it fading out. Default false. */
    openEnded: z.boolean().default(false),
    /** Caveat shown with the figure, e.g. what the source leaves unsaid about it. Optional. */
    note: z.string().optional(),
    /** Where the figure comes from, and when it was true. */
    source: sourceSchema,
  })
  .refine((band) => band.low <= band.high, {
    error: (issue) => {
      const band = issue.input as { role?: string; region?: string };
      return `low must be less than or equal to high (band ${band.role ?? "?"} / ${band.region ?? "region not stated"})`;
    },
    path: ["low"],
  });

/** A validated salary band. */
export type SalaryBand = z.infer<typeof salaryBandSchema>;

/** A qualitative market note that has no figure (e.g. offshore and nearshore). */
export const marketNoteSchema = z.strictObject({
  /** Stable id, used as an anchor on /salaries. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Short heading. */
  title: z.string().min(3).max(60),
  /** The note, plain text. */
  text: z.string().min(10),
  /** Where it comes from. */
  source: sourceSchema,
});

/** A validated market note. */
export type MarketNote = z.infer<typeof marketNoteSchema>;
