import { inSentence } from "../format";
import { bandLabel, bandRegionLabel, formatBandRange, mixesRegions, roleLabels } from "../salary-bands";
import type { PlanRules } from "../schemas/plan";
import type { PlanRecommendation } from "./plan";
import type { MoneyRange, TeamCost } from "./plan-cost";

/** What the planner's answer is said from: the labels of its outcomes, the plan and what it costs. */
export interface PlanAnswerText {
  labels: PlanRules["labels"];
  plan: PlanRecommendation;
  cost: TeamCost;
}

/** "3 Software Engineers" / "1 Software Engineer" / "No Software Engineers yet". */
export function engineersLabel(count: number): string {
  if (count === 0) return `No ${roleLabels["software-engineer"]}s yet`;
  return `${count} ${roleLabels["software-engineer"]}${count === 1 ? "" : "s"}`;
}

/** The answer in a title, for the link preview of an answered plan: "AI team plan: a fractional (part-time) AI Architect, 2 Software Engineers". */
export function planTitle({ labels, plan }: Pick<PlanAnswerText, "labels" | "plan">): string {
  return `AI team plan: ${inSentence(labels.seat[plan.architect.value])}, ${engineersLabel(plan.engineers.value)}`;
}

/** One line that sums up the answer: what screen readers hear when it changes. */
export function planSummary(answer: PlanAnswerText): string {
  const { labels, plan } = answer;
  const cost = planCostLine(answer);
  return `Architect: ${labels.seat[plan.architect.value]}. Engineers: ${engineersLabel(plan.engineers.value)}.${cost ? ` ${cost}` : ""}`;
}

/**
 * What the team costs, in a sentence ("" when nothing is priced): the end of the summary, and an answered plan's
 * link preview, under a title that already names the team (planTitle). The region goes with the figure, as in
 * every view of a band: the preview may be all a colleague reads.
 */
export function planCostLine({ cost }: Pick<PlanAnswerText, "cost">): string {
  if (!cost.total) return "";
  const without = cost.unpriced.includes("ai-architect") ? " (engineers only; the fractional architect is not priced)" : "";
  const regions = mixesRegions(cost.bands) ? `a rough sum: ${cost.bands.map(bandLabel).join("; ")}` : cost.bands.map(bandRegionLabel)[0];
  // Whose salaries the figure holds: the whole team's, what the new hires among them cost, and whether it
  // counts engineers the reader already employs.
  const whose = [
    cost.newHires ? ` for the whole team, ${newHiresText(cost.newHires)} of it for new hires` : "",
    cost.lines.some((line) => line.partlyExisting) ? ", counting the engineers you employ" : "",
  ].join("");
  return `Yearly salaries${without}: ${formatBandRange(cost.total)} (${regions})${whose}.`;
}

/** What the new hires cost a year, in words when nobody new is priced: "$200K–$380K" or "none". */
export function newHiresText(range: MoneyRange): string {
  return range.high === 0 ? "none" : formatBandRange(range);
}
