import { z } from "zod";
import { roleSchema } from "./salary-band";
import { toolIdSchema } from "./tool";

/**
 * Props of every component authors may use in MDX, keyed by the tag name they write.
 * This is the vocabulary: `npm run check` rejects any other capitalised tag, and validates the
 * props written in MDX against these schemas. `mdx-components.tsx` must register exactly these names
 * (a unit test enforces it). `children` is never listed: it is the markdown between the tags.
 */
export const mdxComponentPropsSchemas = {
  /** `<Callout type="tip" title="…">…</Callout>`: a quiet aside. `type` defaults to "note". */
  Callout: z.strictObject({
    type: z.enum(["note", "tip", "warning"]).default("note"),
    title: z.string().min(1).max(80).optional(),
  }),
  /** `<KeyTakeaway>…</KeyTakeaway>`: the chapter's answer-first summary box. */
  KeyTakeaway: z.strictObject({ title: z.string().min(1).max(80).optional() }),
  /** `<RoleComparison>` wrapping two `<RoleColumn>`s: side-by-side role cards. */
  RoleComparison: z.strictObject({}),
  /** `<RoleColumn role="architect">…</RoleColumn>`: one card of a comparison. */
  RoleColumn: z.strictObject({
    role: z.enum(["architect", "engineer"]),
    title: z.string().min(1).max(60).optional(),
  }),
  /** `<SalaryBands role="ai-architect" />`: the salary chart and table from lib data. */
  SalaryBands: z.strictObject({ role: roleSchema.optional(), region: z.string().min(2).optional() }),
  /**
   * `<SalaryRange role="ai-architect" />`: one band as inline text, e.g. "$200K–$350K+ a year (US)".
   * `region` picks among several bands of a role; leave it out when the role has one band.
   */
  SalaryRange: z.strictObject({ role: roleSchema, region: z.string().min(2).optional() }),
  /** `<FaqList chapter="vetting" />` or `<FaqList ids={["…"]} />`: FAQ entries from lib data. */
  FaqList: z.strictObject({
    chapter: z.string().min(1).optional(),
    ids: z.array(z.string().min(1)).min(1).optional(),
  }),
  /** `<Figure src="/images/x.png" alt="…" caption="…" width={800} height={450} />`: an image with a caption. */
  Figure: z.strictObject({
    src: z.string().startsWith("/", { error: "must be a path under public/, starting with /" }),
    alt: z.string().trim().min(1, { error: "must describe the image (alt text is required)" }),
    caption: z.string().min(1).optional(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  /** `<ArchitectQuestions />`: the five AI Architect questions from lib/data/vetting.ts (no props, no content). */
  ArchitectQuestions: z.strictObject({}),
  /** `<EngineerChecks />`: the Software Engineer checks from lib/data/vetting.ts (no props, no content). */
  EngineerChecks: z.strictObject({}),
  /** `<ToolTeaser tool="plan" />`: a box pointing to a hiring tool (`plan`, `scorecard` or `job-descriptions`). */
  ToolTeaser: z.strictObject({ tool: toolIdSchema }),
} as const;

/** The label a `<Callout>` of each type starts with (spelled out, so the kind never depends on colour). */
export const calloutLabels = { note: "Note", tip: "Tip", warning: "Warning" } as const;

/** A `<KeyTakeaway>`'s title when it has none, on the page and in its Markdown alike. */
export const keyTakeawayTitle = "Key takeaway";

/** The heading of a `<RoleColumn>` without a `title`. */
export const roleColumnTitles = { architect: "AI Architect", engineer: "Software Engineer" } as const;

/** Names of the registered MDX components. */
export type MdxComponentName = keyof typeof mdxComponentPropsSchemas;

/** The components that sit inside a sentence; every other one is a block, on lines of its own. */
export const inlineComponents: readonly MdxComponentName[] = ["SalaryRange"];

/** Props type of a registered component, as authors write them (after defaults). */
export type MdxComponentProps<Name extends MdxComponentName> = z.output<(typeof mdxComponentPropsSchemas)[Name]>;

/** Type guard: is this tag one of the registered components? */
export function isRegisteredComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(mdxComponentPropsSchemas, name);
}
