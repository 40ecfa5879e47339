import { faqEntries, selectFaqEntries } from "../faq";
import { mdxComponentPropsSchemas } from "../schemas/mdx-props";
import type { ChapterAnalysis, ComponentUse } from "./collect";
import { hintFor } from "./links";
import type { ContentProblem } from "./problems";
import type { Place } from "./validate";


/**
 * A `<FaqList>`'s props against the FAQ data: ids that are not in it, a chapter that does not exist or that no
 * entry names (the list would draw an empty box), and `chapter` given with `ids` (the list shows the ids and
 * silently ignores the chapter).
 */
export function checkFaqListProps(use: ComponentUse, props: { chapter?: string; ids?: string[] }, slugs: ReadonlySet<string>): { message: string; hint: string }[] {
  const problems: { message: string; hint: string }[] = [];
  for (const id of props.ids ?? []) {
    if (!faqEntries.some((entry) => entry.id === id)) {
      problems.push({ message: `<FaqList> id "${id}" is not in the FAQ data`, hint: `known ids are in lib/data/faq.ts${hintFor(id, faqEntries.map((e) => e.id))}` });
    }
  }
  if (props.chapter !== undefined && !slugs.has(props.chapter)) {
    problems.push({ message: `<FaqList> chapter "${props.chapter}" does not exist`, hint: `use a chapter slug${hintFor(props.chapter, [...slugs])}` });
  } else if (props.chapter !== undefined && props.ids) {
    problems.push({
      message: `<FaqList> has both chapter and ids: it shows the ids and ignores chapter="${props.chapter}"`,
      hint: `keep one: chapter="${props.chapter}" for that chapter's entries, or ids={["…"]} for the entries you choose`,
    });
  } else if (props.chapter !== undefined && !use.code && selectFaqEntries(props).length === 0) {
    problems.push({
      message: `<FaqList chapter="${props.chapter}"> shows no entries: no FAQ entry names "${props.chapter}" in its chapters, so the page draws an empty box`,
      hint: `add "${props.chapter}" to the chapters of an entry in lib/data/faq.ts, name entries with ids={["…"]}, or remove the tag`,
    });
  }
  return problems;
}

/**
 * Ids of the FAQ answers a chapter shows: an answer shown twice (two `<FaqList>` tags, or one id listed twice),
 * and a heading whose id is an answer's. Either way the page holds two elements with one id, and a link to it
 * opens only the first. A tag with code in its props (reported by lib/content/no-code.ts) is left out: what it
 * shows is not known.
 */
export function checkFaqIds(analysis: ChapterAnalysis, place: Place): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const shownOn = new Map<string, number>(); // answer id → line of the first tag that shows it
  for (const use of analysis.components) {
    if (use.name !== "FaqList" || use.code) continue;
    const props = mdxComponentPropsSchemas.FaqList.safeParse(use.props);
    if (!props.success) continue; // reported with the props
    const again: string[] = [];
    const lines = new Set<number>();
    for (const entry of selectFaqEntries(props.data)) {
      const first = shownOn.get(entry.id);
      if (first === undefined) shownOn.set(entry.id, use.line);
      else if (!again.includes(entry.id)) {
        again.push(entry.id);
        lines.add(first);
      }
    }
    if (again.length === 0) continue;
    const by = [...lines].map((line) => (line === use.line ? "this tag" : `the <FaqList> on line ${line}`)).join(" and ");
    problems.push({
      ...place(use),
      message: `<FaqList> shows ${again.length === 1 ? "an answer" : "answers"} already shown by ${by}: ${again.map((id) => `"${id}"`).join(", ")}`,
      hint: 'show each answer once in a chapter (its id is its address): leave it out of one list, or name the entries to show with ids={["…"]}',
    });
  }
  for (const heading of analysis.headings) {
    const line = shownOn.get(heading.id);
    if (line === undefined) continue;
    problems.push({
      ...place(heading),
      message: `heading id "${heading.id}" is also the id of a FAQ answer the <FaqList> on line ${line} shows, so the page has two elements with one id`,
      hint: `pin another id, e.g. ${"#".repeat(heading.depth)} ${heading.title} {#${heading.id}-section}`,
    });
  }
  return problems;
}
