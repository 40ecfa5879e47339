import { z } from "zod";
import { rawMarketNotes, rawSalaryBands } from "./data/salary-bands";
import { marketNoteSchema, salaryBandSchema, type Role, type SalaryBand } from "./schemas/salary-band";
import { formatIssues } from "./schemas/format-issues";

function parseOnce<T>(schema: z.ZodType<T>, raw: unknown, where: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid data in ${where}:\n${formatIssues(result.error)}`);
  return result.data;
}

/** Every salary band, validated once at module load. */
export const salaryBands: readonly SalaryBand[] = Object.freeze(
  parseOnce(z.array(salaryBandSchema), rawSalaryBands, "lib/data/salary-bands.ts (rawSalaryBands)"),
);

/** Market notes without figures (offshore and nearshore). */
export const marketNotes = Object.freeze(
  parseOnce(z.array(marketNoteSchema), rawMarketNotes, "lib/data/salary-bands.ts (rawMarketNotes)"),
);

/** Display names of the roles. */
export const roleLabels: Record<Role, string> = {
  "ai-architect": "AI Architect",
  "software-engineer": "Software Engineer",
};

/** The band for a role in a region, or undefined. */
export function getBand(role: Role, region: string): SalaryBand | undefined {
  return salaryBands.find((band) => band.role === role && band.region === region);
}

/** "$200K" style short money, in the band's currency. */
export function formatMoneyShort(amount: number, currency: SalaryBand["currency"]): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    notation: "compact",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** "$200K–$350K+" for a band (or a sum of bands); the "+" marks an open-ended top. */
export function formatBandRange(band: Pick<SalaryBand, "low" | "high" | "currency" | "openEnded">): string {
  const low = formatMoneyShort(band.low, band.currency);
  const high = formatMoneyShort(band.high, band.currency);
  return `${low}–${high}${band.openEnded ? "+" : ""}`;
}

/**
 * THE label that names a figure's band: its role and region as the data gives them, e.g. "AI Architect, US".
 * Every figure the tools show is labelled through this one function, so a change to how regions are
 * recorded changes every label at once.
 */
export function bandLabel(band: Pick<SalaryBand, "role" | "region">): string {
  return `${roleLabels[band.role]}, ${band.region}`;
}

/** A sentence-length description for screen readers and tables. */
export function describeBand(band: SalaryBand): string {
  const top = band.openEnded ? `${formatMoneyShort(band.high, band.currency)} or more` : formatMoneyShort(band.high, band.currency);
  return `${roleLabels[band.role]}, ${band.region}: ${formatMoneyShort(band.low, band.currency)} to ${top} a year`;
}
