import { z } from "zod";
import { inSentence } from "../format";

/** Quotation marks YAML keeps: curly ones, or straight ones inside other quotes. */
const notInQuotes = (text: string) => !/^["'“‘«].*["'”’»]$/.test(text);
const quotedError = "is wrapped in quotation marks, which would show on the page";

/** `2026-02-30` has the right shape but is no date. */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Not after tomorrow (UTC), so an editor ahead of UTC can still write today's date. */
export function isNotFuture(text: string): boolean {
  return text <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** Longest description search engines and link previews show whole: frontmatter, tool and section previews keep to it. */
export const maxDescriptionLength = 160;

/**
 * Frontmatter of one chapter (`content/guides/<slug>.mdx`). This is the ONLY definition:
 * the `Article` type, the content check and the field table in CONTRIBUTING.md all follow it.
 * Unknown fields are rejected so that a typo such as `titel` fails loudly instead of being ignored.
 */
export const articleFrontmatterSchema = z.strictObject({
  /**
   * Chapter title, shown as the page's h1, in navigation and in link previews.
   * Required; 10–70 characters (longer titles are cut off in search results and chat previews).
   */
  title: z
    .string({ error: "must be text" })
    .trim()
    .min(10, { error: "is shorter than 10 characters" })
    .max(70, { error: "is longer than 70 characters" })
    .refine(notInQuotes, { error: quotedError }),
  /**
   * One-sentence summary used as the meta description and under the title.
   * Required; 70–160 characters (a good description is 150–160 characters: search engines cut longer ones).
   */
  description: z
    .string({ error: "must be text" })
    .trim()
    .min(70, { error: "is shorter than 70 characters" })
    .max(maxDescriptionLength, { error: `is longer than ${maxDescriptionLength} characters` })
    .refine(notInQuotes, { error: quotedError }),
  /**
   * Position of the chapter in navigation and previous/next links; lower comes first.
   * Required; a whole number from 1 to 999; unique across chapters.
   */
  order: z
    .number({ error: "must be a whole number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be 1 or more" })
    .max(999, { error: "must be 999 or less" }),
  /**
   * Date the chapter's content last changed, as `YYYY-MM-DD`. Shown as "Last updated" and used in
   * structured data. Required.
   */
  updated: z
    .string({ error: "must be a date written YYYY-MM-DD" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD", abort: true })
    .refine(isCalendarDate, { error: "is not a date in the calendar", abort: true })
    .refine(isNotFuture, { error: "is in the future (it is shown as \"Last updated\")" }),
  /**
   * Short label for navigation menus. Optional; defaults to `title`; at most 28 characters.
   */
  navTitle: z
    .string({ error: "must be text" })
    .trim()
    .min(2, { error: "is shorter than 2 characters" })
    .max(28, { error: "is longer than 28 characters" })
    .refine(notInQuotes, { error: quotedError })
    .optional(),
  /**
   * A reference chapter, such as the glossary: search answers a bare term ("MLOps") or a question about what
   * something is ("what is an AI Architect?") with its entry, and other questions ("what does HIPAA
   * change?") with the chapters that argue the point first. Its page is
   * headed "Reference" rather than a chapter number. Optional; default `false`.
   */
  reference: z.boolean({ error: "must be true or false" }).default(false),
  /**
   * Hide the chapter from the built site while it is being written. Optional; default `false`.
   */
  draft: z.boolean({ error: "must be true or false" }).default(false),
});

/** Validated frontmatter of a chapter. */
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** What a chapter is called above its title, in previews and in lists: "Chapter 5", or "Reference" for the glossary. */
export function chapterKicker(frontmatter: Pick<ArticleFrontmatter, "order" | "reference">): string {
  return frontmatter.reference ? "Reference" : `Chapter ${frontmatter.order}`;
}

/** A chapter's short name, as menus and breadcrumbs show it: its `navTitle`, or its title when it has none. */
export function navLabel(frontmatter: Pick<ArticleFrontmatter, "title" | "navTitle">): string {
  return frontmatter.navTitle ?? frontmatter.title;
}

/** The line above a section's title on its preview card, and in that card's alt text: "Chapter 5: Vetting candidates". */
export function sectionCardKicker(frontmatter: Pick<ArticleFrontmatter, "order" | "reference" | "title" | "navTitle">): string {
  return `${chapterKicker(frontmatter)}: ${navLabel(frontmatter)}`;
}

/**
 * How much a guide holds, its reference parts named apart: "8 chapters and a glossary of AI hiring terms".
 * Counting the glossary as a chapter ("9 chapters") disagreed with the pages, which head it "Reference".
 */
export function guideExtent(chapters: readonly { frontmatter: Pick<ArticleFrontmatter, "title" | "reference"> }[]): string {
  const references = chapters.filter((chapter) => chapter.frontmatter.reference).map(({ frontmatter: { title } }) => {
    const name = inSentence(title);
    return `${/^[aeiou]/i.test(name) ? "an" : "a"} ${name}`;
  });
  const count = chapters.length - references.length;
  return new Intl.ListFormat("en", { type: "conjunction" }).format([`${count} chapter${count === 1 ? "" : "s"}`, ...references]);
}

/** The field names authors may use, in schema order (used for "did you mean" hints and docs). */
export const articleFrontmatterFields = Object.keys(articleFrontmatterSchema.shape);
