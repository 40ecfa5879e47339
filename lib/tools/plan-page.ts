import type { Chapter } from "../content/load";
import { faqEntries } from "../faq";
import { salaryBands } from "../salary-bands";
import type { PlanAnswers } from "../schemas/plan";
import { evaluatePlan, type PlanRecommendation } from "./plan";
import { teamCost, type TeamCost } from "./plan-cost";
import { parsePlanQuery, planHref, type PlanQuery } from "./plan-params";
import { planRules } from "./plan-rules";
import { sectionNames } from "./section-links";

/** Everything the /plan page shows for one URL. */
export interface PlanPageData {
  query: PlanQuery;
  /** Answers to show as chosen in the form (complete, partial or none). */
  answers: Partial<PlanAnswers>;
  /** The answer, when the URL holds a complete, valid set of answers. */
  result?: { plan: PlanRecommendation; cost: TeamCost; sectionNames: Record<string, string>; shareHref: string };
}

/** From a /plan URL's query to what the page shows: the form's state, any problems, and the answer. Never throws. */
export function planPageData(params: Record<string, string | string[] | undefined>, chapters: readonly Chapter[]): PlanPageData {
  const query = parsePlanQuery(params, planRules.questions);
  if (query.kind === "empty") return { query, answers: {} };
  if (query.kind !== "complete") return { query, answers: query.answers };
  const plan = evaluatePlan(planRules, query.answers);
  const hrefs = [plan.architect, plan.engineers, plan.agency, plan.approach, ...plan.notes].map((point) => point.href);
  return {
    query,
    answers: query.answers,
    result: {
      plan,
      // The reader who has engineers is told the range includes them (the planner cannot know how many).
      cost: teamCost(plan, salaryBands, { engineersOnStaff: query.answers.team === "engineers" }),
      sectionNames: sectionNames(hrefs, chapters, faqEntries),
      shareHref: planHref(query.answers, planRules.questions),
    },
  };
}
