import { z } from "zod";
import { maxDescriptionLength } from "./article";

/** The hiring tools. The id is also the URL (`/plan`): never change one once published. */
export const toolIdSchema = z.enum(["plan", "scorecard", "job-descriptions"]);
/** One of the tools' ids. */
export type ToolId = z.infer<typeof toolIdSchema>;

/** How a tool presents itself: its page, the header, the home page, search, previews and the MDX teaser. */
export const toolSchema = z.strictObject({
  id: toolIdSchema,
  /** The page's h1 and title, 10–70 characters. */
  title: z.string().min(10).max(70),
  /** Short label for menus and buttons, at most 28 characters. */
  navTitle: z.string().min(3).max(28),
  /** One sentence for search results, previews and the meta description, 70–160 characters. */
  description: z.string().min(70).max(maxDescriptionLength),
  /** The teaser's pitch in a chapter: one or two sentences in the reader's terms. */
  teaser: z.string().min(20).max(240),
  /** The teaser's link text, e.g. "Plan your team". */
  action: z.string().min(3).max(40),
  /** Extra words a reader might search for (not shown). */
  keywords: z.string().max(200).default(""),
});

/** A validated tool entry. */
export type Tool = z.infer<typeof toolSchema>;

/** Every tool exactly once, in menu order. */
export const toolsSchema = z.array(toolSchema).superRefine((tools, ctx) => {
  for (const id of toolIdSchema.options) {
    const count = tools.filter((tool) => tool.id === id).length;
    if (count !== 1) ctx.addIssue({ code: "custom", message: `tool "${id}" must appear once (found ${count})`, path: [] });
  }
});
