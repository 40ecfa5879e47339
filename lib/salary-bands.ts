import { z } from "zod";
import { rawMarketNotes, rawSalaryBands } from "./data/salary-bands";
import { formatDate } from "./format";
import { marketNoteSchema, salaryBandSchema, type Role, type SalaryBand, type Source } from "./schemas/salary-band";
import { parseData } from "./schemas/parse-data";

// One band per role and region (or per role, when no region is stated): each has its own anchor on /salaries.
const bandListSchema = z.array(salaryBandSchema).superRefine((bands, ctx) => {
  const seen = new Set<string>();
  bands.forEach((band, index) => {
    const key = `${band.role}|${band.region ?? ""}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", message: `two bands for ${band.role} / ${bandRegionLabel(band)}`, path: [index, "region"] });
    seen.add(key);
  });
});

/** Every salary band, validated once at module load. */
export const salaryBands: readonly SalaryBand[] = parseData(bandListSchema, rawSalaryBands, "lib/data/salary-bands.ts (rawSalaryBands)");

/** Market notes without figures (offshore and nearshore). */
export const marketNotes = parseData(z.array(marketNoteSchema), rawMarketNotes, "lib/data/salary-bands.ts (rawMarketNotes)");

/** Display names of the roles. */
export const roleLabels: Record<Role, string> = {
  "ai-architect": "AI Architect",
  "software-engineer": "Software Engineer",
};

/** What readers see where a band's region goes. */
const regionNotStated = "region not stated";

/**
 * The region of a band as readers see it: the region the source names ("US"), or "region not stated"
 * when it names none. IMPORTANT: every view of a band (chart, table, inline range, search, planner) labels
 * its region with this function, so a band without a region can never be shown as if it had one.
 */
export function bandRegionLabel(band: Pick<SalaryBand, "region">): string {
  return band.region ?? regionNotStated;
}

/**
 * The band for a role: in `region` when one is given, else the role's only band (undefined when the role
 * has none, or several and no region says which).
 */
export function getBand(role: Role, region?: string): SalaryBand | undefined {
  return bandIn(salaryBands, role, region);
}

/** `getBand` over any list of bands (pure: the planner prices with it, and tests give it their own bands). */
export function bandIn(bands: readonly SalaryBand[], role: Role, region?: string): SalaryBand | undefined {
  if (region !== undefined) return bands.find((band) => band.role === role && band.region === region);
  const forRole = bands.filter((band) => band.role === role);
  return forRole.length === 1 ? forRole[0] : undefined;
}

/**
 * "$200K" style short money, in the band's currency. Up to four significant digits, so a sum of bands
 * keeps its value: $1,110,000 reads "$1.11M" (whole units only had made it "$1M").
 */
export function formatMoneyShort(amount: number, currency: SalaryBand["currency"]): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    notation: "compact",
    maximumSignificantDigits: 4,
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
  return `${roleLabels[band.role]}, ${bandRegionLabel(band)}`;
}

/**
 * Whether a sum or a comparison of these bands mixes regions: when it does, each view says so with the bands'
 * labels. A band whose region is not stated may or may not share the other's, so views say "may not cover the
 * same region" rather than that they differ.
 */
export function mixesRegions(bands: readonly Pick<SalaryBand, "region">[]): boolean {
  return new Set(bands.map(bandRegionLabel)).size > 1;
}

/** A band's range in words, as a screen reader should say it: "$200K to $350K or more a year" (not "…350K plus"). */
export function spokenBandRange(band: Pick<SalaryBand, "low" | "high" | "currency" | "openEnded">): string {
  const top = band.openEnded ? `${formatMoneyShort(band.high, band.currency)} or more` : formatMoneyShort(band.high, band.currency);
  return `${formatMoneyShort(band.low, band.currency)} to ${top} a year`;
}

/** A sentence-length description for screen readers and tables. */
export function describeBand(band: SalaryBand): string {
  return `${roleLabels[band.role]}, ${bandRegionLabel(band)}: ${spokenBandRange(band)}`;
}

/**
 * "as of 17 April 2026", or "as of the source page's last edit, 17 April 2026" when the date is only the
 * day the source page was last edited: readers must not take it for the day the figures were measured.
 */
export function formatSourceDate(source: Pick<Source, "asOf" | "asOfKind">): string {
  const date = formatDate(source.asOf);
  return source.asOfKind === "page-last-edited" ? `as of the source page's last edit, ${date}` : `as of ${date}`;
}

/** Step between the salary chart's axis labels. */
const tickStep = 100_000;

/**
 * Where a money axis ends for figures up to `highest`: 12% past it, room for an open top's fade (8% of the
 * axis, components/range-bar.tsx), rounded up to a whole label step, so the label at its end is a round
 * figure, not a computed one.
 */
export function axisEnd(highest: number): number {
  return Math.ceil((highest * 1.12) / tickStep) * tickStep;
}

/**
 * The salary chart's shared axis: one scale for every band on the site (so a figure is always drawn at the
 * same place), a little past the highest top, with a label every $100K.
 */
export function salaryAxis(): { max: number; ticks: number[] } {
  const max = axisEnd(Math.max(...salaryBands.map((b) => b.high)));
  return { max, ticks: Array.from({ length: max / tickStep + 1 }, (_, i) => i * tickStep) };
}

/**
 * One band as inline text, e.g. "$200K–$350K+ a year (US)" or "$100K–$190K a year (region not stated)":
 * what `<SalaryRange>` shows, on the page and in Markdown.
 */
export function salaryRangeText(band: SalaryBand): string {
  return `${formatBandRange(band)} a year (${bandRegionLabel(band)})`;
}

/** The bands a `<SalaryBands>` with these props shows, in data order. */
export function selectBands(filter: { role?: Role; region?: string }): SalaryBand[] {
  return salaryBands.filter((band) => (!filter.role || band.role === filter.role) && (!filter.region || band.region === filter.region));
}

/** The distinct sources of some bands (one line each under a chart or table). */
export function bandSources(bands: readonly SalaryBand[]): SalaryBand["source"][] {
  return [...new Map(bands.map((band) => [`${band.source.name}|${band.source.asOf}`, band.source])).values()];
}

/** What the figures do not cover, said under every salary table (the source gives no basis beyond the bands). */
export const salaryBasisNote = "Equity and retention packages, where offered, vary by location, company stage and seniority; the source gives no figures for them, or for bonuses.";
