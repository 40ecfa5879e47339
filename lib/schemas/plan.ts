import { z } from "zod";
import { roleSchema } from "./salary-band";

/** The planner's questions, in order. Each id is a URL parameter of /plan: never change one once published. */
export const questionIdSchema = z.enum(["ai", "scope", "regulated", "timeline", "team", "fulltime"]);
/** One question's id. */
export type QuestionId = z.infer<typeof questionIdSchema>;

/** What the planner can recommend for the architect seat. */
export const seatSchema = z.enum(["full-time", "fractional", "none-yet", "in-place"]);
/** How the guide's build, buy or hire choice comes out. */
export const approachSchema = z.enum(["build", "buy", "hire"]);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase words joined by hyphens" });
/** One sentence: a capital letter first, a full stop last, no other full stop. */
const sentence = z
  .string()
  .min(20)
  .max(220)
  .regex(/^[A-Z][^.]*\.$/, { error: "must be one sentence: start with a capital letter, end with a full stop, no other full stop" });
/** A link to the chapter section that argues the point; `npm run check` checks it like a link in a chapter. */
const href = z.string().startsWith("/", { error: "must be a root-relative link such as /team-composition#fractional-architects" });

/** One question of the questionnaire. */
export const questionSchema = z.strictObject({
  id: questionIdSchema,
  /** The question, as the form's legend. */
  label: z.string().min(10).max(80),
  /** One line that helps the reader choose. */
  hint: z.string().min(10).max(160),
  /** Show this role's salary band beside the hint (e.g. so "can you afford it?" comes with the figure). Optional. */
  band: roleSchema.optional(),
  /** The answers, in display order. `value` is what the URL holds. */
  options: z.array(z.strictObject({ value: slug, label: z.string().min(2).max(70) })).min(2).max(4),
});

/**
 * When a rule applies: for each question named, the answers it matches (all named questions must match;
 * a question left out matches any answer). `seat` matches the architect seat already chosen.
 */
const whenSchema = z.partialRecord(questionIdSchema, z.array(slug).min(1));
const ruleBase = { id: slug, when: whenSchema.default({}), seat: z.array(seatSchema).min(1).optional(), reason: sentence, href };

/** First-match rules for one part of the answer: the first rule whose `when` matches decides. */
const firstMatch = <T extends z.ZodRawShape>(outcome: T) => z.array(z.strictObject({ ...ruleBase, ...outcome })).min(1);

/** The planner: questions, rules and the words it shows. Invariants are checked in planRulesSchema's refine. */
export const planRulesSchema = z
  .strictObject({
    questions: z.array(questionSchema),
    /** Who fills the architect seat. Rules may not use `seat` here (it is being decided). */
    architect: firstMatch({ outcome: seatSchema }),
    /** How many Software Engineers: the planner's own rule of thumb (the guide gives no headcounts). */
    engineers: firstMatch({ count: z.number().int().min(0).max(8) }),
    /** Whether a specialist agency fits. */
    agency: firstMatch({ fits: z.boolean() }),
    /** Build, buy or hire. */
    approach: firstMatch({ outcome: approachSchema }),
    /** Extra points: every matching note is shown. `reason` is the note itself. */
    notes: z.array(z.strictObject(ruleBase)),
    /** Words shown with the answer. */
    labels: z.strictObject({
      seat: z.record(seatSchema, z.string().min(3).max(60)),
      approach: z.record(approachSchema, z.string().min(3).max(60)),
      agency: z.strictObject({ fits: z.string().min(3).max(60), optional: z.string().min(3).max(60) }),
      /** Says the headcount is the planner's rule, not a figure from the guide. */
      headcount: z.string().min(20).max(240),
      /** Says, in words, that the guide has no rate for fractional architects. */
      fractionalCost: z.string().min(20).max(240),
      /** Says, in words, that the guide has no figures for offshore or nearshore pay. */
      offshoreCost: z.string().min(20).max(240),
      /** Says what the yearly figure leaves out: it is salaries only. */
      salariesOnly: z.string().min(20).max(240),
    }),
  })
  .superRefine((data, ctx) => {
    const ids = data.questions.map((q) => q.id);
    if (ids.join() !== questionIdSchema.options.join()) {
      ctx.addIssue({ code: "custom", path: ["questions"], message: `must list the questions ${questionIdSchema.options.join(", ")} once each, in that order` });
    }
    const lists = { architect: data.architect, engineers: data.engineers, agency: data.agency, approach: data.approach, notes: data.notes };
    const ruleIds = new Set<string>();
    for (const [list, rules] of Object.entries(lists)) {
      rules.forEach((rule, i) => {
        if (ruleIds.has(rule.id)) ctx.addIssue({ code: "custom", path: [list, i, "id"], message: `duplicate rule id "${rule.id}"` });
        ruleIds.add(rule.id);
        if (list === "architect" && rule.seat) ctx.addIssue({ code: "custom", path: [list, i, "seat"], message: "architect rules cannot depend on the seat they decide" });
        for (const [question, values] of Object.entries(rule.when)) {
          const known = data.questions.find((q) => q.id === question)?.options.map((o) => o.value) ?? [];
          for (const value of values ?? []) {
            if (!known.includes(value)) ctx.addIssue({ code: "custom", path: [list, i, "when", question], message: `"${value}" is not an answer to "${question}" (answers: ${known.join(", ")})` });
          }
        }
      });
      // A first-match list must end with a rule that matches everything, so every combination gets an answer.
      const last = rules.at(-1);
      if (list !== "notes" && last && (Object.keys(last.when).length > 0 || last.seat)) {
        ctx.addIssue({ code: "custom", path: [list, rules.length - 1, "when"], message: "the last rule must match every answer (leave out `when` and `seat`)" });
      }
    }
  });

/** The validated planner data. */
export type PlanRules = z.infer<typeof planRulesSchema>;
/** One question. */
export type PlanQuestion = z.infer<typeof questionSchema>;
/** Who fills the architect seat. */
export type Seat = z.infer<typeof seatSchema>;
/** Build, buy or hire. */
export type Approach = z.infer<typeof approachSchema>;
/** A complete set of answers: one option value per question. */
export type PlanAnswers = Record<QuestionId, string>;
