/**
 * Raw salary data, as editors write it. Validated by lib/salary-bands.ts at module load;
 * import that module, not this one.
 *
 * IMPORTANT: every figure needs a `source` with an `asOf` date. Never add a number without one.
 */

const seedSource = {
  name: "AI People Agency, “AI Architect vs Software Engineer” hiring guide (market benchmarks)",
  // The source page gives no survey date, only "last edited on 17 April 2026".
  asOf: "2026-04-17",
  asOfKind: "page-last-edited",
};

export const rawSalaryBands: unknown[] = [
  {
    role: "ai-architect",
    region: "US",
    currency: "USD",
    low: 200_000,
    high: 350_000,
    openEnded: true,
    note: "The source does not say whether this is base salary or total pay.",
    source: seedSource,
  },
  {
    role: "software-engineer",
    // No region: the source names none for this band.
    currency: "USD",
    low: 100_000,
    high: 190_000,
    openEnded: false,
    note: "The source lists this band next to the US figure for architects, but does not say which region it covers, nor whether it is base salary or total pay.",
    source: seedSource,
  },
];

export const rawMarketNotes: unknown[] = [
  {
    id: "offshore-and-nearshore",
    title: "Offshore and nearshore",
    text: "Engineering from offshore or nearshore teams can cost less. The standard of their architecture work is uneven, so check each hire as carefully as a local one.",
    source: seedSource,
  },
];
