import { z } from "zod";
import { roleSchema } from "./salary-band";
import { vettingSourceSchema } from "./vetting";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase words joined by hyphens" });

/** One part of a job description starter (what the role owns, skills, tools, …). */
export const jobDescriptionPartSchema = z
  .strictObject({
    /** Stable id, unique within the starter. */
    id: slug,
    /** The part's heading in the job description, e.g. "What you will own". */
    heading: z.string().min(3).max(60),
    /** The chapter section this part comes from; `npm run check` checks it like a chapter link. */
    href: z.string().startsWith("/", { error: "must be a root-relative link such as /the-two-roles#what-each-role-owns" }),
    /** A sentence before the list. Optional. */
    intro: z.string().min(10).max(240).optional(),
    /** The list, written here… */
    items: z.array(z.string().min(2).max(160)).default([]),
    /** …or read from the vetting material, so the job description asks for what the interview tests. */
    fromVetting: vettingSourceSchema.optional(),
    /** A note for the hiring manager: shown on the page, left out of the ad the copy buttons give. */
    notInAd: z.literal(true).optional(),
  })
  .refine((part) => (part.items.length > 0) !== (part.fromVetting !== undefined), {
    error: "give either `items` or `fromVetting`, not both and not neither",
    path: ["items"],
  });

/** A job description starter for one role. */
export const jobDescriptionSchema = z.strictObject({
  role: roleSchema,
  /** The job title the starter opens with. */
  title: z.string().min(3).max(60),
  /** Opening paragraph; `[Company]` marks what the reader replaces. */
  summary: z.string().min(40).max(400),
  /** Where the summary's description of the role comes from. */
  summaryHref: z.string().startsWith("/"),
  parts: z.array(jobDescriptionPartSchema).min(1),
});

/** Every starter, one per role. */
export const jobDescriptionsSchema = z.array(jobDescriptionSchema).superRefine((list, ctx) => {
  for (const role of roleSchema.options) {
    if (list.filter((jd) => jd.role === role).length !== 1) ctx.addIssue({ code: "custom", path: [], message: `need exactly one starter for "${role}"` });
  }
});

/** A validated starter. */
export type JobDescription = z.infer<typeof jobDescriptionSchema>;
