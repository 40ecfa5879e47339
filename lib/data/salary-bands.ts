/**
 * Raw salary data, as editors write it. Validated by lib/salary-bands.ts at module load;
 * import that module, not this one.
 *
 * IMPORTANT: every figure needs a `source` with an `asOf` date. Never add a number without one.
 */

const seedSource = {
  name: "AI People Agency, “AI Architect vs Software Engineer” hiring guide (market benchmarks)",
  asOf: "2026-04-17",
};

export const rawSalaryBands: unknown[] = [
  {
    role: "ai-architect",
    region: "US",
    currency: "USD",
    low: 200_000,
    high: 350_000,
    openEnded: true,
    source: seedSource,
  },
  {
    role: "software-engineer",
    region: "US",
    currency: "USD",
    low: 100_000,
    high: 190_000,
    openEnded: false,
    note: "The source gives this band beside the US architect band without naming a region; we show it as US.",
    source: seedSource,
  },
];

export const rawMarketNotes: unknown[] = [
  {
    id: "offshore-and-nearshore",
    title: "Offshore and nearshore",
    text: "Engineering work can cost somewhat less offshore or nearshore, but the quality of architecture varies widely there, so vet every candidate just as thoroughly.",
    source: seedSource,
  },
];
