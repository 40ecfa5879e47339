import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rawPlanQuestions } from "@/lib/data/plan-questions";
import { rawPlanRules } from "@/lib/data/plan-rules";
import { planRulesSchema, type PlanAnswers, type PlanRules } from "@/lib/schemas/plan";
import { allAnswerCombinations, evaluatePlan } from "@/lib/tools/plan";
import { planRules } from "@/lib/tools/plan-rules";

const combinations = allAnswerCombinations(planRules);
const firstMatchLists = ["architect", "engineers", "agency", "approach"] as const;

/** The value a rule decides, as the recommendation reports it. */
const outcomeOf = (list: (typeof firstMatchLists)[number], rule: PlanRules[typeof list][number]) =>
  "outcome" in rule ? rule.outcome : "count" in rule ? rule.count : rule.fits;

describe("the planner's data", () => {
  it("has as many questions as the pages say it asks, each with a one-line hint and two to four answers", () => {
    // The count is written out in words in the tool's description, the home page, the planner, the first
    // chapter and the README: each must still be true after a question is added or dropped.
    const said = ["lib/data/tools.ts", "lib/data/shortcuts.ts", "app/plan/page.tsx", "content/guides/the-two-roles.mdx", "README.md"].flatMap((file) =>
      [...readFileSync(path.join(process.cwd(), file), "utf8").matchAll(/\b(four|five|six|seven|eight|\d+) questions (about|in|on|built)\b/gi)].map((m) => `${file}: ${m[1].toLowerCase()}`),
    );
    expect(said.length).toBeGreaterThanOrEqual(5);
    const count = ["four", "five", "six", "seven", "eight"][planRules.questions.length - 4];
    expect(said).toEqual(said.map((where) => `${where.split(": ")[0]}: ${count}`));
    for (const question of planRules.questions) {
      expect(question.hint).not.toContain("\n");
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      expect(question.options.length).toBeLessThanOrEqual(4);
    }
  });

  it("covers every combination of answers: the product of the options", () => {
    const expected = planRules.questions.reduce((product, q) => product * q.options.length, 1);
    expect(combinations).toHaveLength(expected);
    expect(new Set(combinations.map((c) => JSON.stringify(c))).size).toBe(expected);
  });

  const raw = () => structuredClone({ ...rawPlanQuestions, ...rawPlanRules }) as Record<string, unknown> & { architect: Record<string, unknown>[]; engineers: Record<string, unknown>[] };
  const messages = (data: unknown) => {
    const result = planRulesSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it("rejects a rule that names an answer the question does not have", () => {
    const data = raw();
    data.architect[0].when = { team: ["architects"] };
    const answers = planRules.questions.find((q) => q.id === "team")!.options.map((o) => o.value).join(", ");
    expect(messages(data)).toContainEqual(`architect.0.when.team: "architects" is not an answer to "team" (answers: ${answers})`);
  });

  it("rejects a first-match list whose last rule does not match everything", () => {
    const data = raw();
    data.engineers.at(-1)!.when = { ai: ["core"] };
    expect(messages(data)).toContainEqual(`engineers.${data.engineers.length - 1}.when: the last rule must match every answer (leave out \`when\` and \`seat\`)`);
  });

  it("rejects a reason longer than one sentence, and a link that is not root-relative", () => {
    const data = raw();
    data.architect[1].reason = "First sentence. Second sentence.";
    data.architect[2].href = "team-composition#fractional-architects";
    const found = messages(data);
    expect(found.some((m) => m.startsWith("architect.1.reason: must be one sentence"))).toBe(true);
    expect(found.some((m) => m.startsWith("architect.2.href: must be a root-relative link"))).toBe(true);
  });

  it("rejects an architect rule that depends on the seat it decides", () => {
    const data = raw();
    data.architect[0].seat = ["full-time"];
    expect(messages(data)).toContainEqual("architect.0.seat: architect rules cannot depend on the seat they decide");
  });
});

// One test per rule: each rule decides (or, for notes, shows) for at least one combination of answers, and
// when it decides, the answer carries its outcome, its reason and its link. A rule hidden behind an
// earlier, broader rule fails here.
describe.each(firstMatchLists)("each %s rule", (list) => {
  it.each(planRules[list].map((rule) => [rule.id, rule] as const))("%s decides for some answers, with its outcome, reason and link", (_id, rule) => {
    const decided = combinations.filter((answers) => evaluatePlan(planRules, answers)[list].ruleId === rule.id);
    expect(decided.length, `no combination of answers reaches rule ${rule.id}`).toBeGreaterThan(0);
    for (const answers of decided) {
      const point = evaluatePlan(planRules, answers)[list];
      expect(point).toEqual({ ruleId: rule.id, value: outcomeOf(list, rule), reason: rule.reason, href: rule.href });
    }
  });
});

describe("each note", () => {
  // A note with a condition shows for some answers and not for others; one without shows on every plan.
  it.each(planRules.notes.map((rule) => [rule.id, rule] as const))("%s shows when it should", (_id, rule) => {
    const shown = combinations.filter((answers) => evaluatePlan(planRules, answers).notes.some((note) => note.ruleId === rule.id)).length;
    const conditional = Object.keys(rule.when).length > 0 || rule.seat !== undefined;
    expect(shown, "a note no answers reach").toBeGreaterThan(0);
    expect(shown < combinations.length, conditional ? "a conditional note shows on every plan" : "an unconditional note is missing from a plan").toBe(conditional);
  });
});

// What the guide argues, checked over every combination of answers.
describe("the guide's decision points", () => {
  /** Every combination of answers that meets `when`, with its plan; never empty, so no rule is checked vacuously. */
  const where = (when: (answers: PlanAnswers) => boolean) => {
    const cases = combinations.filter(when).map((answers) => ({ answers, plan: evaluatePlan(planRules, answers) }));
    expect(cases.length).toBeGreaterThan(0);
    return cases;
  };

  it("never recommends a full-time architect hire when the reader says one is not possible", () => {
    for (const { plan } of where((a) => a.fulltime === "no")) expect(plan.architect.value).not.toBe("full-time");
  });

  it("keeps the architect a team already has, and hires none on top", () => {
    for (const { answers, plan } of where(() => true)) expect(plan.architect.value === "in-place").toBe(answers.team === "architect");
  });

  it("hires a permanent architect only when AI is core, as the chapter and the FAQ say: other work gets fractional help", () => {
    for (const { answers, plan } of where((a) => a.ai !== "core")) expect(plan.architect.value, JSON.stringify(answers)).not.toBe("full-time");
  });

  it("gives core AI a dedicated architect when one can be hired (fractional covers the gap otherwise)", () => {
    for (const { answers, plan } of where((a) => a.ai === "core" && a.team !== "architect")) {
      expect(plan.architect.value).toBe(answers.fulltime === "yes" ? "full-time" : "fractional");
    }
  });

  it("keeps the FAQ's line on in-house or outside help: dedicated for core AI, fractional for a regulated feature that is not core, and links the answer that says so", () => {
    const regulatedOneThing = (a: PlanAnswers) => a.regulated === "yes" && a.fulltime === "yes" && a.team !== "architect" && a.scope === "one";
    for (const { plan } of where((a) => regulatedOneThing(a) && a.ai === "core")) expect(plan.architect.value).toBe("full-time");
    for (const { plan } of where((a) => regulatedOneThing(a) && a.ai === "feature")) {
      expect({ seat: plan.architect.value, href: plan.architect.href }).toEqual({ seat: "fractional", href: "/faq#internal-or-external" });
      // The FAQ's other half: a core system that runs all the time, in a regulated setting, wants a dedicated architect.
      expect(plan.architect.reason).toContain("dedicated architect once it becomes a core system");
    }
  });

  it("building in-house beside a fractional architect says who builds it: engineers of your own, designed by the fractional architect", () => {
    const building = where((a) => a.team !== "architect").filter(({ plan }) => plan.approach.value === "build" && plan.architect.value === "fractional");
    expect(new Set(building.map(({ answers }) => answers.ai))).toEqual(new Set(["core", "feature", "exploring"]));
    for (const { plan } of building) expect(plan.approach.reason).toMatch(/(engineers you employ|engineers who build and run the system should be your own).*fractional architect/);
  });

  it("never gives a reader who can hire full time a reason that assumes they cannot", () => {
    for (const { plan } of where((a) => a.fulltime === "yes")) {
      expect(plan.architect.reason).not.toMatch(/cannot|out of reach|until a full-time hire/);
      expect(plan.architect.href).not.toBe("/team-composition#fractional-architects"); // it opens on "When a full-time hire is not possible"
    }
  });

  it("builds in-house when AI is core or the data is regulated, and raises compliance when data is regulated", () => {
    for (const { plan } of where((a) => a.ai === "core" || a.regulated === "yes")) expect(plan.approach.value).toBe("build");
    for (const { plan } of where((a) => a.regulated === "yes")) expect(plan.notes.map((n) => n.href)).toContain("/trends-and-regulation#compliance");
    // "Build" for an AI feature under rules is not "train a model of your own": the plan says so beside it.
    for (const { answers, plan } of where(() => true)) {
      const says = plan.notes.some((n) => n.reason.startsWith("Building in-house need not mean a model of your own"));
      expect(says, JSON.stringify(answers)).toBe(plan.approach.value === "build" && answers.ai !== "core");
    }
  });

  it("points a team with no engineers to the first-hire advice, and every fractional plan to scoping the engagement", () => {
    for (const { answers, plan } of where(() => true)) {
      const hrefs = plan.notes.map((n) => n.href);
      expect(hrefs.includes("/why-you-need-both#first-ai-hire"), answers.team).toBe(answers.team === "none");
      expect(hrefs.includes("/team-composition#scoping-fractional"), plan.architect.value).toBe(plan.architect.value === "fractional");
    }
    // Exploring with regulated data builds in-house: with the fractional architect named, so the two fit together.
    for (const { plan } of where((a) => a.ai === "exploring" && a.regulated === "yes" && a.team !== "architect")) {
      expect(plan.architect.value).toBe("fractional");
      expect(plan.approach).toMatchObject({ value: "build", reason: expect.stringContaining("fractional architect") });
    }
  });

  it("buying first means one engineer and no new architect (the optimal-team section), unless a fractional architect is named to guide it", () => {
    // Without AI expertise, one feature that does not set you apart: buy, so no architect yet and one engineer.
    for (const { plan } of where((a) => a.ai === "feature" && a.scope === "one" && a.regulated === "no" && a.team === "none")) {
      expect([plan.approach.value, plan.architect.value, plan.engineers.value]).toEqual(["buy", "none-yet", 1]);
    }
    const buying = where((a) => a.team !== "architect").filter(({ plan }) => plan.approach.value === "buy");
    const withoutArchitect = buying.filter(({ plan }) => plan.architect.value === "none-yet");
    expect(withoutArchitect.length).toBeGreaterThan(0);
    for (const { plan } of withoutArchitect) expect(plan.engineers.value).toBe(1);
    for (const { plan } of buying.filter((c) => c.plan.architect.value !== "none-yet")) {
      expect({ seat: plan.architect.value, reason: plan.approach.reason }).toEqual({ seat: "fractional", reason: expect.stringContaining("fractional architect") });
    }
  });

  it("gives the reason for hiring for a project in the reader's own answers, not in a project they never mentioned", () => {
    for (const { plan } of where((a) => a.ai === "feature" && a.regulated === "no" && a.team === "engineers")) {
      expect(plan.approach.value).toBe("hire");
      // It names what the reader answered (a feature, no regulated data), not a kind of project they never chose.
      expect(plan.approach.reason).toContain("feature");
      expect(plan.approach.reason).toContain("no regulated data");
      expect(plan.approach.reason).not.toMatch(/scale-up|transformation/);
    }
    // Beside an architect of your own, the project hires are engineers: "hire architects … for the project" had sat
    // next to "A full-time AI Architect".
    const beside = where(() => true).filter(({ plan }) => plan.approach.value === "hire" && ["full-time", "in-place"].includes(plan.architect.value));
    expect(beside.length).toBeGreaterThan(0);
    for (const { plan } of beside) expect(plan.approach.reason).toMatch(/beside your architect, hire engineers/);
  });

  it("suggests a specialist agency on a tight timeline", () => {
    for (const { plan } of where((a) => a.timeline === "urgent")) expect(plan.agency.value).toBe(true);
  });

  it("keeps engineer headcounts modest (one to four) and never fewer for a broader scope", () => {
    for (const { plan } of where(() => true)) {
      expect(plan.engineers.value).toBeGreaterThanOrEqual(1);
      expect(plan.engineers.value).toBeLessThanOrEqual(4);
    }
    for (const { answers, plan } of where((a) => a.scope === "one")) {
      const broader = evaluatePlan(planRules, { ...answers, scope: "several" });
      expect(broader.engineers.value).toBeGreaterThanOrEqual(plan.engineers.value);
    }
  });
});
