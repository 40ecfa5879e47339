import { z } from "zod";

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One question of the FAQ. */
export const faqEntrySchema = z.strictObject({
  /** Stable id, used as the anchor (`/faq#<id>`). Lowercase kebab-case. Never change it once published. */
  id: z.string().regex(slugPattern, { error: "must be lowercase kebab-case, like how-to-vet" }),
  /** The question, as a reader would ask it. 10–140 characters, ending with "?". */
  question: z
    .string()
    .min(10)
    .max(140)
    .refine((q) => q.trim().endsWith("?"), { error: "must end with a question mark" }),
  /** The answer, plain text (no markdown). 40–900 characters. */
  answer: z.string().min(40).max(900),
  /** Slugs of the chapters the entry belongs to (1–3): `<FaqList chapter="…">` shows it there. Checked by `npm run check`. */
  chapters: z.array(z.string().regex(slugPattern)).min(1).max(3),
  /**
   * The section that goes deeper, shown under the answer as "Read more", e.g. "/vetting#architect-questions".
   * Required. `npm run check` reports it at its line in lib/data/faq.ts when the page or section does not exist.
   */
  more: z.string().regex(/^\/[a-z0-9-]*(?:#[a-z0-9-]+)?$/, { error: "must be a root-relative link, like /vetting#architect-questions" }),
});

/** A validated FAQ entry. */
export type FaqEntry = z.infer<typeof faqEntrySchema>;

/** The whole FAQ: ids must be unique because they are anchors. */
export const faqSchema = z.array(faqEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({ code: "custom", message: `duplicate FAQ id "${entry.id}"`, path: [index, "id"] });
    }
    seen.add(entry.id);
  });
});
