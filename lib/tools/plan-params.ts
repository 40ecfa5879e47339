import type { PlanAnswers, PlanQuestion, QuestionId } from "../schemas/plan";

/**
 * What a /plan URL holds: nothing yet, a complete set of answers, some answers and nothing wrong (a planner in
 * progress: with JavaScript the address follows each answer, so a reload or Back keeps them), or something to
 * fix (with what was usable).
 */
export type PlanQuery =
  | { kind: "empty" }
  | { kind: "complete"; answers: PlanAnswers }
  | { kind: "partial"; answers: Partial<PlanAnswers> }
  | { kind: "invalid"; answers: Partial<PlanAnswers>; problems: string[] };

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Shows at most `max` characters of reader input inside a message. Invisible characters (controls, zero-width
 * and direction marks) show as "�": a right-to-left override in a hand-edited link turned the rest of the
 * message backwards, and a null character went into the page as it came. Cut by characters, not UTF-16 units,
 * so an emoji is never split in two.
 */
function quote(value: string, max = 40) {
  const chars = Array.from(value.replace(/[\p{Cc}\p{Cf}]/gu, "\uFFFD"));
  return `“${chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("")}”`;
}

/**
 * Reads the planner's answers from a URL's query. Never throws: unknown and repeated answers each get a plain
 * message, and so do missing ones beside them; every valid answer is kept (so the form comes back filled in as
 * far as it can be). Parameters that are not questions are ignored: newsletters and social sites add their own
 * (`utm_source`, `fbclid`) to a shared plan's link, and such a link must still show the plan.
 */
export function parsePlanQuery(params: SearchParams, questions: readonly PlanQuestion[]): PlanQuery {
  const names = Object.keys(params).filter((name) => params[name] !== undefined && questions.some((q) => q.id === name));
  if (names.length === 0) return { kind: "empty" };
  const problems: string[] = [];
  const answers: Partial<PlanAnswers> = {};

  const missing: string[] = [];
  for (const question of questions) {
    const raw = params[question.id];
    if (raw === undefined || raw === "") {
      missing.push(question.label);
      continue;
    }
    const values = Array.isArray(raw) ? raw : [raw];
    if (new Set(values).size > 1) {
      problems.push(`“${question.label}” has more than one answer; choose one.`);
      continue;
    }
    const option = question.options.find((o) => o.value === values[0]);
    if (!option) {
      problems.push(`${quote(values[0])} is not an answer to “${question.label}”; choose one of the answers below.`);
      continue;
    }
    answers[question.id] = option.value;
  }
  if (problems.length === 0 && missing.length > 0) return Object.keys(answers).length > 0 ? { kind: "partial", answers } : { kind: "empty" };
  if (missing.length > 0) problems.push(`Please answer ${missing.length === 1 ? "this question" : "these questions"}: ${missing.map((label) => `“${label}”`).join(", ")}.`);
  return problems.length === 0 ? { kind: "complete", answers: answers as PlanAnswers } : { kind: "invalid", answers, problems };
}

/** The shareable URL of a set of answers, parameters in question order: `/plan?ai=core&scope=one&…`. */
export function planHref(answers: Partial<PlanAnswers>, questions: readonly PlanQuestion[]): string {
  const query = new URLSearchParams();
  for (const question of questions) {
    const value = answers[question.id as QuestionId];
    if (value) query.set(question.id, value);
  }
  const text = query.toString();
  return text ? `/plan?${text}` : "/plan";
}
