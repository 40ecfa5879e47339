import { existsSync } from "node:fs";
import path from "node:path";
import { faqEntriesShownIn } from "../faq";
import { checkFaqData, checkHref, checkPagePaths, checkShortcutLinks, checkToolDataLinks, type AnchorsByPath } from "./links";
import { chapterPath, markdownPath, staticPages } from "../routes";
import { reservedSectionIds } from "../section-segments";
import { getBand, salaryBands, selectBands } from "../salary-bands";
import { mdxComponentPropsSchemas, isRegisteredComponent } from "../schemas/mdx-props";
import type { Role } from "../schemas/salary-band";
import type { ChapterAnalysis, ComponentUse } from "./collect";
import { checkCardGlyphs } from "./card-glyphs";
import { checkFaqIds, checkFaqListProps } from "./faq-lists";
import { headingSlug } from "./heading-ids";
import type { ContentProblem } from "./problems";
import { checkSlugsAndOrders } from "./names";
import { checkNextStepForward, type NextStep } from "./next-step";
import { closestWord } from "./suggest";
import { issueText, withoutTypeEchoes } from "../schemas/format-issues";

/** What the cross-file checks need to know about one chapter. */
export interface ChapterForChecks {
  slug: string;
  file: string;
  order: number | undefined;
  /** Line of the `order:` field, where a duplicate order is reported. */
  orderLine?: number;
  /** The title and the menu's label (navTitle, else the title), with the line each is written on. */
  title?: string;
  titleLine?: number;
  navLabel?: string;
  navLabelLine?: number;
  /** True for `draft: true`: checked like any chapter, but absent from the built site, so published pages may not link to it. */
  draft: boolean;
  analysis: ChapterAnalysis | undefined;
  /** The chapter's closing Next step line, when it is sound (lib/content/next-step.ts). */
  nextStep?: NextStep;
}

const registeredNames = Object.keys(mdxComponentPropsSchemas);

/** Ids a reader can land on in a chapter: its headings, plus the FAQ answers it shows. */
export function chapterAnchors(analysis: ChapterAnalysis): string[] {
  return [...analysis.headings.map((heading) => heading.id), ...faqEntriesShownIn(analysis).map((entry) => entry.id)];
}

/** Where a problem in a chapter is reported: its file, at a node's line and column. */
export type Place = (p: { line: number; column: number }) => { file: string; line: number; column: number };

/**
 * Checks everything that needs more than one file: components and their props, duplicate ids and slugs,
 * internal links and #sections, images, and the links held in lib/ data. Returns every problem found.
 */
export function validateContent(chapters: readonly ChapterForChecks[], root: string): ContentProblem[] {
  const { anchorsByPath, drafts } = linkTargets(chapters);
  const slugs = new Set(chapters.map((chapter) => chapter.slug));
  const orders = new Map(chapters.map((chapter) => [chapter.slug, chapter.order]));
  const problems: ContentProblem[] = checkSlugsAndOrders(chapters);
  for (const chapter of chapters) {
    if (!chapter.analysis) continue;
    const place: Place = (p) => ({ file: chapter.file, line: p.line, column: p.column });
    if (chapter.analysis.wordCount === 0) {
      problems.push({ file: chapter.file, line: 1, column: 1, message: "the chapter has no text below its frontmatter", hint: "write the chapter under the closing ---, or delete the file (an empty chapter would be published as an empty page)" });
    }
    problems.push(
      ...checkHeadings(chapter.analysis, place, chapterPath(chapter.slug)),
      ...checkCardGlyphs(chapter, place),
      ...checkFaqIds(chapter.analysis, place),
      ...checkComponents(chapter.analysis, place, slugs, root),
      ...chapter.analysis.links.flatMap((link) => {
        const problem = checkHref(link.href, chapterPath(chapter.slug), anchorsByPath, chapter.draft ? undefined : drafts);
        return problem ? [{ ...place(link), ...problem }] : [];
      }),
      ...checkImages(chapter.analysis, place, root),
      ...checkNextStepForward(chapter, orders).map((problem) => ({ file: chapter.file, ...problem })),
    );
  }
  problems.push(...checkFaqData(chapters, root, anchorsByPath), ...checkShortcutLinks(root, anchorsByPath, drafts), ...checkToolDataLinks(root, anchorsByPath, drafts), ...checkPagePaths(root, anchorsByPath, drafts));
  return problems;
}

/**
 * Every address a link may point at, with the #ids a reader can land on there, and the drafts' addresses
 * (which published chapters may not link to). A chapter that failed to compile still exists: links to it are
 * fine, its #sections are unknown (null), so one syntax error does not bury the report under "missing page"
 * noise from every other chapter.
 */
function linkTargets(chapters: readonly ChapterForChecks[]): { anchorsByPath: AnchorsByPath; drafts: Set<string> } {
  const anchorsByPath: AnchorsByPath = new Map();
  for (const page of staticPages) anchorsByPath.set(page.path, new Set(page.anchors));
  const drafts = new Set<string>();
  for (const chapter of chapters) {
    // A <FaqList> with bad props (reported below) leaves the chapter's FAQ anchors unknown, like a failed compile.
    const known = chapter.analysis?.components.every((use) => use.name !== "FaqList" || mdxComponentPropsSchemas.FaqList.safeParse(use.props).success);
    anchorsByPath.set(chapterPath(chapter.slug), chapter.analysis && known ? new Set(chapterAnchors(chapter.analysis)) : null);
    anchorsByPath.set(markdownPath(chapter.slug), new Set());
    if (chapter.draft) drafts.add(chapterPath(chapter.slug)).add(markdownPath(chapter.slug));
  }
  return { anchorsByPath, drafts };
}


/**
 * Duplicate heading ids within the chapter, and repeated heading text (the slugger would quietly number the
 * second one "-1", an id that changes whenever the first heading is renamed). Titles are told apart as their
 * ids are made, so "Costs" and "Costs?" (ids costs and costs-1) are a repeat too.
 */
function checkHeadings(analysis: ChapterAnalysis, place: Place, address: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Map<string, number>();
  const titles = new Map<string, { line: number; title: string }>();
  for (const heading of analysis.headings) {
    const slug = headingSlug(heading.title);
    const first = titles.get(slug);
    if (first !== undefined) {
      const same = first.title.toLowerCase() === heading.title.toLowerCase();
      problems.push({
        ...place(heading),
        message: same
          ? `duplicate heading "${heading.title}" (also on line ${first.line})`
          : `duplicate heading "${heading.title}": it differs from "${first.title}" (line ${first.line}) only in punctuation or case`,
        hint: "give the headings different text: readers, the contents and search tell sections apart by their titles",
      });
    } else titles.set(slug, { line: heading.line, title: heading.title });
    if (reservedSectionIds.includes(heading.id)) {
      problems.push({
        ...place(heading),
        message: `heading id "${heading.id}" is taken by a page of the site (its share page could not exist)`,
        hint: `pin another id, e.g. ${"#".repeat(heading.depth)} ${heading.title} {#${heading.id}-section}`,
      });
    }
    if (ids.has(heading.id)) {
      // Which of the two is new the check cannot tell: moving the id off the published one would send every
      // link and shared address to the new section without a word.
      problems.push({
        ...place(heading),
        message: `duplicate heading id "${heading.id}" (first used on line ${ids.get(heading.id)})`,
        hint: `leave it on the section that links and shared addresses (${address}#${heading.id}) already mean, and pin another id on the other heading (if it is this one: ${"#".repeat(heading.depth)} ${heading.title} {#${heading.id}-2})`,
      });
    } else ids.set(heading.id, heading.line);
  }
  return problems;
}

/** Components: registered, props valid, and the data they point at exists. */
function checkComponents(analysis: ChapterAnalysis, place: Place, slugs: Set<string>, root: string): ContentProblem[] {
  return analysis.components.flatMap((use): ContentProblem[] => {
    if (!isRegisteredComponent(use.name)) {
      const isHtml = /^[a-z]/.test(use.name);
      const suggestion = closestWord(use.name, registeredNames);
      return [
        {
          ...place(use),
          message: isHtml ? `HTML tag <${use.name}> is not allowed in chapters` : `unknown component <${use.name}>`,
          hint: suggestion
            ? `did you mean <${suggestion}>?`
            : isHtml
              ? "use markdown, or one of the registered components"
              : `registered components: ${registeredNames.join(", ")}`,
        },
      ];
    }
    const name = use.name; // narrowed to a registered name, also inside the callbacks below
    const parsed = mdxComponentPropsSchemas[name].safeParse(use.props);
    if (parsed.success) return checkComponentData(use, parsed.data as Record<string, unknown>, slugs, root).map((p) => ({ ...place(use), ...p }));
    return withoutTypeEchoes(parsed.error.issues).map((issue) => {
      const prop = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : String(issue.path[0] ?? "");
      return {
        ...place(use),
        message:
          issue.code === "unrecognized_keys"
            ? `<${name}> has unknown prop "${prop}"`
            : issue.code === "invalid_value"
              ? `<${name}> prop "${prop}" must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`
              : `<${name}> prop "${prop}" ${issueText(issue)}`,
        hint:
          (issue.code === "unrecognized_keys" && propHint(name, issue.keys[0])) ||
          (issue.code === "invalid_type" && issue.expected === "array" && `write a list in braces: ${prop}={["first", "second"]}`) ||
          `see the <${name}> example in CONTRIBUTING.md`,
      };
    });
  });
}

/** Images: the file exists on this site and has alt text. */
function checkImages(analysis: ChapterAnalysis, place: Place, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const image of analysis.images) {
    if (!image.alt) problems.push({ ...place(image), message: `image ${image.src} has no alt text`, hint: "describe the image: ![What it shows](/images/file.png)" });
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(image.src)) {
      // The site's Content-Security-Policy (img-src 'self' data:) blocks it, and it would tell that site who reads.
      problems.push({ ...place(image), message: `image ${image.src} is on another site, which pages do not load from`, hint: "save it under public/images/ and write /images/file.png" });
    } else if (!image.src.startsWith("/")) {
      problems.push({ ...place(image), message: `image path ${image.src} is relative, so it breaks on every page`, hint: `start it at the site's root: /${image.src.replace(/^(\.\/)+/, "")}` });
    } else if (!existsSync(path.join(root, "public", image.src))) {
      problems.push({ ...place(image), message: `image ${image.src} does not exist`, hint: `add public${image.src} or fix the path` });
    }
  }
  return problems;
}

/** "did you mean "title"?" for a misspelt prop of a registered component, when one is close. */
function propHint(name: keyof typeof mdxComponentPropsSchemas, prop: string): string | undefined {
  const suggestion = closestWord(prop, Object.keys(mdxComponentPropsSchemas[name].shape));
  return suggestion ? `did you mean "${suggestion}"?` : undefined;
}

/** The data a registered component's valid props point at: FAQ entries, salary bands, image files. */
function checkComponentData(use: ComponentUse, props: Record<string, unknown>, slugs: Set<string>, root: string) {
  const name = use.name;
  const problems: { message: string; hint: string }[] = [];
  if (name === "FaqList") problems.push(...checkFaqListProps(use, props, slugs));
  if (name === "SalaryRange" && !getBand(props.role as Role, props.region as string | undefined)) {
    const where = props.region === undefined ? " (or several: name a region)" : ` in ${String(props.region)}`;
    problems.push({ message: `<SalaryRange> has no band for ${String(props.role)}${where}`, hint: "add the band to lib/data/salary-bands.ts or change region" });
  }
  if (name === "SalaryBands" && selectBands(props as { role?: Role; region?: string }).length === 0) problems.push(noBands(props as { role?: Role; region?: string }));
  if (name === "Figure" && !existsSync(path.join(root, "public", String(props.src)))) {
    problems.push({ message: `<Figure> image ${String(props.src)} does not exist`, hint: `add public${String(props.src)} or fix the path` });
  }
  return problems;
}

/**
 * A `<SalaryBands>` whose role and region match no band: the chart draws nothing, not even its frame. Names the
 * bands there are, as props to copy.
 */
function noBands({ role, region }: { role?: Role; region?: string }): { message: string; hint: string } {
  const chosen = [role && `role="${role}"`, region && `region="${region}"`].filter(Boolean).join(" ");
  const bands = salaryBands.map((band) => `role="${band.role}" ${band.region ? `region="${band.region}"` : "(no region)"}`);
  const regions = [...new Set(salaryBands.flatMap((band) => (band.region ? [band.region] : [])))];
  const meant = region && !regions.includes(region) ? closestWord(region, regions) : undefined;
  return {
    message: `<SalaryBands ${chosen}> matches no salary band, so it shows nothing`,
    hint: `${meant ? `did you mean region="${meant}"? ` : ""}bands exist for ${bands.join(" and ")}: change the props, or add the band to lib/data/salary-bands.ts`,
  };
}
