import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase words joined by hyphens" });

/** One of the interview questions for AI Architects, as the vetting chapter and the scorecard show it. */
export const architectQuestionSchema = z.strictObject({
  /** Stable id: names the scorecard's fields in readers' saved scorecards, so never change it once published. */
  id: slug,
  /**
   * A short phrase for the scorecard row and the job description's "what we will look for", where it follows
   * "expect to walk us through real examples of:", so write an activity ("Choosing between …"), not a bare topic.
   */
  topic: z.string().min(3).max(50),
  /** The question as the interviewer asks it. Plain text. */
  question: z.string().min(10).max(240),
  /** What a strong answer shows (the text after "What a strong answer shows:"). Plain text. */
  strongAnswer: z.string().min(10).max(400),
});

/** One practical check for Software Engineers. */
export const engineerCheckSchema = z.strictObject({
  /** Stable id (see architectQuestionSchema.id). */
  id: slug,
  /** Short bold lead-in, without the closing full stop, e.g. "Depth in your stack". */
  title: z.string().min(3).max(50),
  /** What to check, one or two sentences. Plain text. */
  text: z.string().min(10).max(300),
  /** A question that tests it in the interview, as the interviewer asks it. Plain text. */
  question: z.string().min(10).max(240),
  /** What a strong answer shows (the text after "What a strong answer shows:"). Plain text. */
  strongAnswer: z.string().min(10).max(400),
});

/** The vetting material: the one source for the vetting chapter, the scorecard and the job descriptions. */
export const vettingSchema = z
  .strictObject({
    architectQuestions: z.array(architectQuestionSchema).min(1),
    engineerChecks: z.array(engineerCheckSchema).min(1),
  })
  .superRefine((data, ctx) => {
    const ids = [...data.architectQuestions, ...data.engineerChecks].map((item) => item.id);
    for (const [i, id] of ids.entries()) {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: "custom", message: `duplicate id "${id}"`, path: [] });
    }
  });

/** Validated vetting material. */
export type Vetting = z.infer<typeof vettingSchema>;

/** Which part of the vetting material a tool reads: the architect questions or the engineer checks. */
export const vettingSourceSchema = z.enum(["architect-questions", "engineer-checks"]);
/** Which part of the vetting material. */
export type VettingSource = z.infer<typeof vettingSourceSchema>;
