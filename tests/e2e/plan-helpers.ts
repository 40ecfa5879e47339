import { expect, type Page } from "@playwright/test";
import { formatBandRange, salaryBands } from "../../lib/salary-bands";
import type { PlanAnswers } from "../../lib/schemas/plan";
import { allAnswerCombinations, evaluatePlan } from "../../lib/tools/plan";
import { teamCost } from "../../lib/tools/plan-cost";
import { planRules } from "../../lib/tools/plan-rules";

// What the team planner's tests share (plan.spec.ts without JavaScript, plan-js.spec.ts with it).

export const { questions, labels } = planRules;
export const combinations = allAnswerCombinations(planRules);
export const expectedFor = (answers: PlanAnswers) => {
  const plan = evaluatePlan(planRules, answers);
  return { plan, cost: teamCost(plan, salaryBands) };
};
// Two answers that lead to different architect seats, so a change is visible: a full-time hire, then the
// same situation where a full-time hire is not possible.
export const first = combinations.find((a) => evaluatePlan(planRules, a).architect.value === "full-time")!;
export const second: PlanAnswers = { ...first, fulltime: questions.find((q) => q.id === "fulltime")!.options.find((o) => o.value !== first.fulltime)!.value };

/** Chooses answers by clicking their labels, as a reader would. */
export async function answer(page: Page, answers: Partial<PlanAnswers>) {
  for (const question of questions) {
    const value = answers[question.id];
    if (!value) continue;
    const label = question.options.find((o) => o.value === value)!.label;
    await page.getByRole("group", { name: new RegExp(`^\\d+\\. ${question.label.replace(/[?.()]/g, "\\$&")}`) }).getByRole("radio", { name: label, exact: true }).check();
  }
}

/** The answer as the page shows it: the architect seat and every point's rule. */
export async function shownAnswer(page: Page) {
  const result = page.locator("[data-plan-result]");
  return {
    summary: (await result.locator("[data-plan-summary]").textContent())!.trim(),
    rules: await result.locator("[data-plan-point]").evaluateAll((points) => points.map((p) => p.getAttribute("data-plan-point"))),
  };
}

export async function expectAnswer(page: Page, answers: PlanAnswers) {
  const { plan, cost } = expectedFor(answers);
  const result = page.locator("[data-plan-result]");
  await expect(result.locator(`[data-plan-point="${plan.architect.ruleId}"]`)).toContainText(labels.seat[plan.architect.value]);
  await expect(result.locator(`[data-plan-point="${plan.engineers.ruleId}"]`)).toContainText(plan.engineers.reason);
  if (cost.total) await expect(result.locator("[data-cost-total]")).toHaveText(formatBandRange(cost.total));
  else await expect(result.locator("[data-cost-total]")).toHaveCount(0);
  for (const point of [plan.architect, plan.engineers, plan.agency, plan.approach, ...plan.notes]) {
    await expect(result.locator(`[data-plan-point="${point.ruleId}"] a[href="${point.href}"]`)).toHaveCount(1);
  }
}
