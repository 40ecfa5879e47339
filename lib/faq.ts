import { rawFaqEntries } from "./data/faq";
import { linkTarget } from "./link-target";
import { faqSchema, type FaqEntry } from "./schemas/faq";
import { mdxComponentPropsSchemas } from "./schemas/mdx-props";
import { parseData } from "./schemas/parse-data";

/** Every FAQ entry, validated once at module load, in display order. */
export const faqEntries: readonly FaqEntry[] = parseData(faqSchema, rawFaqEntries, "lib/data/faq.ts");

/** Entries related to a chapter, in FAQ order. */
function getFaqForChapter(slug: string): FaqEntry[] {
  return faqEntries.filter((entry) => entry.chapters.includes(slug));
}

/** Entries by id, in the order given; unknown ids are skipped (the content check reports them). */
export function getFaqByIds(ids: readonly string[]): FaqEntry[] {
  return ids.flatMap((id) => faqEntries.filter((entry) => entry.id === id));
}

/** Which FAQ entries a `<FaqList>` with these props shows. */
export function selectFaqEntries(props: { chapter?: string; ids?: readonly string[] }): FaqEntry[] {
  if (props.ids) return getFaqByIds(props.ids);
  if (props.chapter) return getFaqForChapter(props.chapter);
  return [...faqEntries];
}

/**
 * Every FAQ entry a chapter shows through its `<FaqList>` tags, in page order (for anchors and structured
 * data). A tag whose props are not valid shows nothing here: the content check reports it at its line
 * (`ids="x"` instead of `ids={["x"]}` used to crash the check and the build with a TypeError).
 */
export function faqEntriesShownIn(analysis: { components: readonly { name: string; props: Record<string, unknown> }[] }): FaqEntry[] {
  return analysis.components
    .filter((use) => use.name === "FaqList")
    .flatMap((use) => {
      const props = mdxComponentPropsSchemas.FaqList.safeParse(use.props);
      return props.success ? selectFaqEntries(props.data) : [];
    });
}

/**
 * What an entry's "Read more" link is called: the section's heading and its chapter ("Warning signs, in
 * Vetting candidates"), or the page's title when the link has no section. Falls back to the link itself.
 */
export function readMoreTitle(
  entry: Pick<FaqEntry, "more">,
  chapters: readonly { slug: string; frontmatter: { title: string; navTitle?: string }; analysis: { headings: readonly { id: string; title: string }[] } }[],
): string {
  const target = linkTarget(entry.more, chapters);
  if (!target) return entry.more;
  return target.heading ? `${target.heading.title}, in ${target.chapterName}` : target.chapterName;
}

/**
 * The heading level of the questions in a chapter's FAQ lists, one below where the lists stand: 2 when every
 * list comes before the chapter's first heading (the FAQ chapter), 3 when one stands in a section (under its h2).
 */
export function faqQuestionLevel(analysis: { headings: readonly { line: number }[]; components: readonly { name: string; line: number }[] }): 2 | 3 {
  const firstHeading = analysis.headings[0]?.line ?? Number.POSITIVE_INFINITY;
  return analysis.components.every((use) => use.name !== "FaqList" || use.line < firstHeading) ? 2 : 3;
}
