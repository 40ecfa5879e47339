import { toMarkdown } from "mdast-util-to-markdown";
import type { Root, RootContent } from "mdast";
import { text } from "../content/mdast";
import { rawJobDescriptions } from "../data/job-descriptions";
import { jobDescriptionsSchema, type JobDescription } from "../schemas/job-description";
import { parseData } from "../schemas/parse-data";
import type { Vetting, VettingSource } from "../schemas/vetting";
import { vetting } from "../vetting";

/** Every job description starter as written in lib/data/job-descriptions.ts, validated once at load. */
export const jobDescriptions: readonly JobDescription[] = parseData(jobDescriptionsSchema, rawJobDescriptions, "lib/data/job-descriptions.ts (rawJobDescriptions)");

/** A part of a starter with its list filled in (from the data, or from the vetting material). */
export interface ResolvedPart {
  id: string;
  heading: string;
  href: string;
  intro?: string;
  items: string[];
  /** For the hiring manager only: not part of the ad. */
  notInAd?: true;
}

/** A starter ready to show and copy. */
export interface ResolvedJobDescription extends Omit<JobDescription, "parts"> {
  parts: ResolvedPart[];
}

/** The items a part reads from the vetting material: the architect questions' topics, or the engineer checks' titles. */
export function vettingItems(source: VettingSource, material: Vetting): string[] {
  return source === "architect-questions" ? material.architectQuestions.map((q) => q.topic) : material.engineerChecks.map((c) => c.title);
}

/** Fills in the parts that read from the vetting material. Pure. */
export function resolveJobDescription(jd: JobDescription, material: Vetting = vetting): ResolvedJobDescription {
  return {
    ...jd,
    parts: jd.parts.map(({ fromVetting, items, ...part }) => ({ ...part, items: fromVetting ? vettingItems(fromVetting, material) : items })),
  };
}

/** The parts that go into the ad itself (not the notes for the hiring manager). */
const adParts = (jd: ResolvedJobDescription) => jd.parts.filter((part) => !part.notInAd);

/** Every starter, resolved, in data order. */
export function getJobDescriptions(): ResolvedJobDescription[] {
  return jobDescriptions.map((jd) => resolveJobDescription(jd));
}

/**
 * The starter as plain text, for pasting into a job board's plain text box: title, summary, then each
 * part's heading and its items as "- " lines, separated by blank lines. Links back to the guide are left
 * out: they help the reader of this site, not the candidate; so are the notes for the hiring manager.
 */
export function jobDescriptionText(jd: ResolvedJobDescription): string {
  const blocks = [jd.title, jd.summary];
  for (const part of adParts(jd)) {
    blocks.push([part.heading, ...(part.intro ? [part.intro] : []), ...part.items.map((item) => `- ${item}`)].join("\n"));
  }
  return `${blocks.join("\n\n")}\n`;
}

/**
 * A placeholder such as "[Company]" or "[your platform, e.g. AWS SageMaker]" as mdast-util-to-markdown escapes
 * it ("\[…]"); never one followed by "(", which would read as a link once unescaped.
 */
const placeholderEscape = /\\\[([^[\]\n]{1,120})\](?!\()/g;

/** The starter as Markdown (CommonMark), built as a syntax tree and serialised by mdast-util-to-markdown, which escapes what needs escaping. */
export function jobDescriptionMarkdown(jd: ResolvedJobDescription): string {
  const children: RootContent[] = [
    { type: "heading", depth: 1, children: [text(jd.title)] },
    { type: "paragraph", children: [text(jd.summary)] },
  ];
  for (const part of adParts(jd)) {
    children.push({ type: "heading", depth: 2, children: [text(part.heading)] });
    if (part.intro) children.push({ type: "paragraph", children: [text(part.intro)] });
    children.push({
      type: "list",
      ordered: false,
      spread: false,
      children: part.items.map((item) => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children: [text(item)] }] })),
    });
  }
  const tree: Root = { type: "root", children };
  // The serializer escapes every "[" in case it starts a link, so "[Company]" came out as "\[Company]", and a
  // find-and-replace of "[Company]" left "\Acme". A bracketed placeholder is not a link in CommonMark when no
  // definition names it (a job ad has none), so the placeholders are written as they are.
  return toMarkdown(tree, { bullet: "-" }).replace(placeholderEscape, "[$1]");
}
