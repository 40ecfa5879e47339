import { rawPlanQuestions } from "../data/plan-questions";
import { rawPlanRules } from "../data/plan-rules";
import { parseData } from "../schemas/parse-data";
import { planRulesSchema, type PlanRules } from "../schemas/plan";

/** The planner's questions, rules and labels, validated together once at module load. */
export const planRules: Readonly<PlanRules> = parseData(
  planRulesSchema,
  { ...rawPlanQuestions, ...rawPlanRules },
  "lib/data/plan-questions.ts + lib/data/plan-rules.ts (notes: lib/data/plan-notes.ts)",
);
