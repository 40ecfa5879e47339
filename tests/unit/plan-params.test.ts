import { describe, expect, it } from "vitest";
import { allAnswerCombinations } from "@/lib/tools/plan";
import { parsePlanQuery, planHref } from "@/lib/tools/plan-params";
import { planRules } from "@/lib/tools/plan-rules";

// What a /plan address holds (lib/tools/plan-params.ts); what the page makes of it is in plan-page.test.tsx.
const { questions } = planRules;
const combinations = allAnswerCombinations(planRules);

describe("reading answers from the URL", () => {
  const complete = Object.fromEntries(questions.map((q) => [q.id, q.options[0].value]));

  it("reads a complete set of answers, and every combination survives a round trip through its link", () => {
    expect(parsePlanQuery(complete, questions)).toEqual({ kind: "complete", answers: complete });
    for (const answers of combinations) {
      const query = Object.fromEntries(new URL(planHref(answers, questions), "http://x").searchParams);
      expect(parsePlanQuery(query, questions)).toEqual({ kind: "complete", answers });
    }
  });

  it("treats no parameters as a fresh questionnaire, with no message", () => {
    expect(parsePlanQuery({}, questions)).toEqual({ kind: "empty" });
  });

  it("ignores parameters that are not questions: a shared plan with tracking parameters is still a plan", () => {
    const answers = Object.fromEntries(questions.map((q) => [q.id, q.options[0].value]));
    expect(parsePlanQuery({ ...answers, utm_source: "newsletter", fbclid: "abc" }, questions)).toEqual({ kind: "complete", answers });
    expect(parsePlanQuery({ utm_source: "newsletter" }, questions)).toEqual({ kind: "empty" });
  });

  it("reads some answers and nothing wrong as a planner in progress, with no message to show", () => {
    const [first, second] = questions;
    const some = { [first.id]: first.options[1].value, [second.id]: second.options[0].value };
    expect(parsePlanQuery({ ...some, utm_source: "mail" }, questions)).toEqual({ kind: "partial", answers: some });
    // Questions named with no answer at all are a blank planner, as with no parameters.
    expect(parsePlanQuery({ [first.id]: "", [second.id]: "" }, questions)).toEqual({ kind: "empty" });
  });

  it("keeps the valid answers and names what is missing, wrong or repeated", () => {
    const [first, second, third] = questions;
    const result = parsePlanQuery({ [first.id]: first.options[1].value, [second.id]: "maybe", [third.id]: [third.options[0].value, third.options[1].value], utm_source: "mail" }, questions);
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(result.answers).toEqual({ [first.id]: first.options[1].value });
    expect(result.problems).toEqual([
      `“maybe” is not an answer to “${second.label}”; choose one of the answers below.`,
      `“${third.label}” has more than one answer; choose one.`,
      `Please answer these questions: ${questions.slice(3).map((q) => `“${q.label}”`).join(", ")}.`,
    ]);
  });

  it("never throws on hostile input, and cuts long values in its messages", () => {
    const long = "x".repeat(5000);
    for (const params of [{ ai: long }, { ai: long, [long]: "1" }, { ai: "<script>alert(1)</script>" }, { ai: ["", ""] }, { ai: "x", ...JSON.parse('{"__proto__": "x"}') }]) {
      const result = parsePlanQuery(params as Record<string, string>, questions);
      expect(result.kind).toBe("invalid");
      const problems = result.kind === "invalid" ? result.problems : [];
      for (const problem of problems) expect(problem.length).toBeLessThan(400);
    }
  });
});

describe("quoting what a link holds", () => {
  it("never quotes an invisible character, nor half of an emoji cut at the length limit", () => {
    for (const value of ["\u202Ecore", "core\u0000", "\u200Bcore", "x" + "😀".repeat(40)]) {
      const result = parsePlanQuery({ ai: value }, questions);
      const [problem] = result.kind === "invalid" ? result.problems : [""];
      expect(problem).toMatch(/is not an answer/);
      expect(problem).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
    }
  });
});
