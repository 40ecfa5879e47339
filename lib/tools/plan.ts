import type { Approach, PlanAnswers, PlanRules, QuestionId, Seat } from "../schemas/plan";

/** A rule's condition, as in the data: answers per question, and optionally the architect seat. */
interface Condition {
  when: Partial<Record<QuestionId, string[]>>;
  seat?: Seat[];
}

/** One point of the answer: what to do, why (one sentence), and the section that argues it. */
export interface PlanPoint<T> {
  /** The rule that decided, for tests and for readers who ask "why?". */
  ruleId: string;
  value: T;
  reason: string;
  href: string;
}

/** The planner's answer for one set of answers. */
export interface PlanRecommendation {
  architect: PlanPoint<Seat>;
  /** Number of Software Engineers: the planner's rule of thumb, never a figure from the guide. */
  engineers: PlanPoint<number>;
  agency: PlanPoint<boolean>;
  approach: PlanPoint<Approach>;
  notes: PlanPoint<null>[];
}

/** Does a rule's condition hold for these answers (and this architect seat, when the rule names seats)? */
export function matches(condition: Condition, answers: PlanAnswers, seat?: Seat): boolean {
  const answersMatch = Object.entries(condition.when).every(([question, values]) => values!.includes(answers[question as QuestionId]));
  return answersMatch && (!condition.seat || (seat !== undefined && condition.seat.includes(seat)));
}

function firstMatch<R extends Condition & { id: string; reason: string; href: string }, T>(
  rules: readonly R[],
  answers: PlanAnswers,
  value: (rule: R) => T,
  seat?: Seat,
): PlanPoint<T> {
  // The schema makes the last rule of every list match everything, so `find` always succeeds.
  const rule = rules.find((candidate) => matches(candidate, answers, seat))!;
  return { ruleId: rule.id, value: value(rule), reason: rule.reason, href: rule.href };
}

/**
 * The team the guide points to for a complete set of answers. Pure: same rules and answers, same result.
 * The architect seat is decided first, because agency rules and notes may depend on it.
 */
export function evaluatePlan(rules: PlanRules, answers: PlanAnswers): PlanRecommendation {
  const architect = firstMatch(rules.architect, answers, (rule) => rule.outcome);
  const seat = architect.value;
  return {
    architect,
    engineers: firstMatch(rules.engineers, answers, (rule) => rule.count, seat),
    agency: firstMatch(rules.agency, answers, (rule) => rule.fits, seat),
    approach: firstMatch(rules.approach, answers, (rule) => rule.outcome, seat),
    notes: rules.notes
      .filter((rule) => matches(rule, answers, seat))
      .map((rule) => ({ ruleId: rule.id, value: null, reason: rule.reason, href: rule.href })),
  };
}

/** Every complete set of answers the questionnaire allows (the product of all options), in question order. */
export function allAnswerCombinations(rules: Pick<PlanRules, "questions">): PlanAnswers[] {
  return rules.questions.reduce<Partial<PlanAnswers>[]>(
    (combinations, question) => combinations.flatMap((partial) => question.options.map((option) => ({ ...partial, [question.id]: option.value }))),
    [{}],
  ) as PlanAnswers[];
}
