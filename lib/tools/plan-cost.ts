import { bandIn } from "../salary-bands";
import type { Role, SalaryBand } from "../schemas/salary-band";
import type { PlanRecommendation } from "./plan";

/** A yearly amount range in one currency; `openEnded` keeps a band's "+" (no stated top). */
export interface MoneyRange {
  low: number;
  high: number;
  openEnded: boolean;
  currency: SalaryBand["currency"];
}

/** One role in the recommended team, with its cost when the guide has a figure for it. */
export interface CostLine {
  role: Role;
  count: number;
  /** True for someone already on the team (their salary is still part of the team's cost). */
  existing: boolean;
  /** True when some of them may already be on the team: the reader has engineers, and the planner cannot know how many. */
  partlyExisting: boolean;
  /** The band the figure comes from; undefined where the guide has no figure (a fractional architect). */
  band?: SalaryBand;
  /** `count` × the band, when there is one. */
  range?: MoneyRange;
}

/** The recommended team's yearly salaries, computed only from salary bands. */
export interface TeamCost {
  lines: CostLine[];
  /** Sum of the priced lines; undefined when nothing is priced or the bands' currencies differ. */
  total?: MoneyRange;
  /**
   * What the new hires cost: the total less the lines already on the team. Set only when some priced line is
   * already there (the architect a reader keeps), so a reader does not take the whole team's salaries for new
   * spending (zero when nobody new is priced); undefined when nobody priced is already on the team.
   */
  newHires?: MoneyRange;
  /** Roles in the team that have no figure (shown in words instead). */
  unpriced: Role[];
  /** The distinct bands used, for their labels, sources and as-of dates. */
  bands: SalaryBand[];
}

/**
 * The band the planner prices a role with: the role's only band (the guide has one per role). With bands for
 * several regions the planner cannot know the reader's, so the role shows as not priced rather than in a region
 * picked at random.
 */
export function planBandFor(role: Role, bands: readonly SalaryBand[]): SalaryBand | undefined {
  return bandIn(bands, role);
}

/** Adds ranges in one currency; an open-ended part makes the sum open-ended. Undefined for none or mixed currencies. */
export function sumRanges(ranges: readonly MoneyRange[]): MoneyRange | undefined {
  if (ranges.length === 0 || ranges.some((range) => range.currency !== ranges[0].currency)) return undefined;
  return {
    low: ranges.reduce((sum, range) => sum + range.low, 0),
    high: ranges.reduce((sum, range) => sum + range.high, 0),
    openEnded: ranges.some((range) => range.openEnded),
    currency: ranges[0].currency,
  };
}

/**
 * The yearly salary range of the recommended team: architect (when hired full time or already
 * there) plus the engineers, each `count × band`. A fractional architect has no figure in the guide, so
 * it is listed as unpriced rather than given an invented rate.
 */
export function teamCost(plan: PlanRecommendation, bands: readonly SalaryBand[], { engineersOnStaff = false } = {}): TeamCost {
  const seat = plan.architect.value;
  const wanted: { role: Role; count: number; existing: boolean; partlyExisting: boolean; priced: boolean }[] = [];
  if (seat !== "none-yet") wanted.push({ role: "ai-architect", count: 1, existing: seat === "in-place", partlyExisting: false, priced: seat !== "fractional" });
  if (plan.engineers.value > 0) {
    wanted.push({ role: "software-engineer", count: plan.engineers.value, existing: false, partlyExisting: engineersOnStaff, priced: true });
  }

  const lines: CostLine[] = wanted.map(({ role, count, existing, partlyExisting, priced }) => {
    const band = priced ? planBandFor(role, bands) : undefined;
    const range = band && { low: band.low * count, high: band.high * count, openEnded: band.openEnded, currency: band.currency };
    return { role, count, existing, partlyExisting, band, range };
  });
  const priced = lines.filter((line) => line.range);
  const total = sumRanges(priced.map((line) => line.range!));
  const hired = priced.filter((line) => !line.existing);
  return {
    lines,
    total,
    // Nobody new among the priced lines (the architect kept, no engineers) is a zero, not "no figure".
    newHires: total && hired.length < priced.length ? (sumRanges(hired.map((line) => line.range!)) ?? { ...total, low: 0, high: 0, openEnded: false }) : undefined,
    unpriced: lines.filter((line) => !line.range).map((line) => line.role),
    bands: [...new Set(priced.map((line) => line.band!))],
  };
}
