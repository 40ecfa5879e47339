import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseSync } from "vite";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { dataFigureProblems } from "@/lib/check/data-figures";
import { figureChapters, figureChecker, findFigures } from "@/lib/figures";

// The figure scan: every digit, currency amount and percentage in the guide's sources must come from the
// salary data or the allow-list (lib/data/figure-allow-list.ts). This test reads the sources (chapters,
// lib data, the text in app/ and components/) so it runs without a build; tests/e2e/figures.spec.ts scans
// the rendered text of every page of the production build with the same checker.

const root = process.cwd();
let check: ReturnType<typeof figureChecker>;
let first: ReturnType<typeof figureChapters>[number];
let records: ReturnType<typeof figureChapters>;

beforeAll(async () => {
  const { chapters } = await loadContent(root, { includeDrafts: true });
  records = figureChapters(chapters);
  check = figureChecker(records);
  first = figureChapters(chapters).sort((a, b) => a.order - b.order)[0];
});

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** A chapter's text as authors wrote it, without what is not shown as text: the frontmatter's order and
 * date (checked by its schema), pinned ids, link targets, list numbers, comments and image sizes. */
function chapterText(source: string): string {
  return source
    .replace(/^(order|updated):.*$/gm, "")
    .replace(/\{#[a-z0-9-]+\}/g, "")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/^\s*\d+\.\s/gm, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/\b(width|height)=\{\d+\}/g, "");
}

// Props and object keys that hold text readers see; every other attribute (className, href, viewBox, …) is code.
const textAttributes = new Set(["title", "alt", "aria-label", "placeholder", "label", "content", "aria-description"]);
const textKeys = new Set(["title", "description", "name", "text", "question", "answer", "label", "caption", "alt", "heading"]);

type Node = { type: string; [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && typeof (value as Node).type === "string";

/** Literal text of an expression shown as text: strings, template parts, and both branches of ?: and &&. */
function shownStrings(node: unknown): string[] {
  if (!isNode(node)) return [];
  if (node.type === "Literal" && typeof node.value === "string") return [node.value];
  if (node.type === "TemplateLiteral") return (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked);
  if (node.type === "ConditionalExpression") return [...shownStrings(node.consequent), ...shownStrings(node.alternate)];
  if (node.type === "LogicalExpression") return shownStrings(node.right);
  return [];
}

/** The text a .tsx file shows: JSX text, strings rendered as children, text attributes and text-keyed object values. */
function tsxText(file: string, source: string): string[] {
  const { program, errors } = parseSync(file, source);
  expect(errors, file).toEqual([]);
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node)) return;
    if (node.type === "JSXText") found.push(String(node.value));
    if (node.type === "JSXExpressionContainer") found.push(...shownStrings(node.expression));
    if (node.type === "JSXAttribute") {
      const name = (node.name as { name: string }).name;
      if (textAttributes.has(name)) found.push(...shownStrings(node.value), ...shownStrings((node.value as Node | null)?.expression));
      return; // Other attributes are code (classes, links, sizes): never text.
    }
    if (node.type === "Property" && isNode(node.key) && textKeys.has(String(node.key.name ?? node.key.value))) found.push(...shownStrings(node.value));
    for (const [key, child] of Object.entries(node)) if (key !== "type") walk(child);
  };
  walk(program);
  return found;
}

/** The page a source file shows: a chapter's path, or app/<route>/page.tsx's route; undefined for shared parts. */
function pageOf(file: string): string | undefined {
  const chapter = /^content\/guides\/(.+)\.mdx$/.exec(file);
  if (chapter) return `/${chapter[1]}`;
  const route = /^app((?:\/[a-z0-9-]+)*)\/page\.tsx$/.exec(file);
  return route ? route[1] || "/" : undefined;
}

const report = (where: string, text: string) => check(text, pageOf(where)).map((f) => `${where}: ${f.figure}  (…${f.context}…)`);

describe("figure scan", () => {
  it("finds no figure in any chapter that is not from the salary data or the allow-list", () => {
    const files = filesUnder("content/guides", ".mdx");
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => report(file, chapterText(readFileSync(path.join(root, file), "utf8"))))).toEqual([]);
  });

  it("finds none in the string values of lib/data (what npm run check says of them)", async () => {
    expect(await dataFigureProblems(root, records)).toEqual([]);
  });

  it("finds none in the text of app/ and components/", () => {
    const files = [...filesUnder("app", ".tsx"), ...filesUnder("components", ".tsx")];
    const problems = files.flatMap((file) => tsxText(file, readFileSync(path.join(root, file), "utf8")).flatMap((text) => report(file, text)));
    expect(problems).toEqual([]);
  });
});

describe("the figure scan fails on invented figures", () => {
  it("allows a phrase of the allow-list only on the pages its entry names", () => {
    const rule = "A form keeps what you typed for 15 minutes.";
    expect(check(rule, "/privacy")).toEqual([]);
    expect(check(rule, "/subscribe/sent")).toEqual([]);
    const inChapter = check(rule, "/vetting");
    expect(inChapter.map((f) => f.figure)).toEqual(["15"]);
    expect(inChapter[0].allowedElsewhere).toEqual({ phrase: "15 minutes", pages: expect.arrayContaining(["/privacy"]) });
    // "/privacy-policy" is not under "/privacy".
    expect(check(rule, "/privacy-policy").map((f) => f.figure)).toEqual(["15"]);
    expect(check("The top 1% are scarce.", "/contact")).toEqual([]);
    expect(check("The top 1% are scarce.", "/sourcing-and-cost").map((f) => f.figure)).toEqual(["1%"]);
  });

  it("flags each invented figure in a fixture chapter, and passes salary-data and allowed ones", () => {
    const source = readFileSync(path.join(root, "tests/fixtures/invented-figure.mdx"), "utf8");
    // 42 is not a chapter's order, and "1%" outside "top 1%" is not the seed's figure.
    expect(check(chapterText(source)).map((f) => f.figure)).toEqual(["40%", "$500K", "1%", "42"]);
  });

  it("allows a placeholder only with the site's own values, and only in its phrase", () => {
    const wrongOrder = first.order + 100;
    expect(check(`Chapter ${first.order}. ${first.order} ${first.navTitle}. ${first.minutes} min read.`)).toEqual([]);
    expect(check(`Chapter ${wrongOrder}. ${wrongOrder} ${first.navTitle}.`).map((f) => f.figure)).toEqual([`${wrongOrder}`, `${wrongOrder}`]);
    expect(check(`Teams grew ${first.order} times over.`).map((f) => f.figure)).toEqual([`${first.order}`]);
  });

  it("flags figures in a page's text but not the digits in its code", () => {
    const file = "tests/fixtures/invented-figure-page.tsx";
    const texts = tsxText(file, readFileSync(path.join(root, file), "utf8"));
    expect(texts.flatMap((text) => check(text)).map((f) => f.figure)).toEqual(["2027", "3", "4", "30%", "5", "9"]);
  });

  // A statistic in words needs a source as much as its digits: "forty percent" passed where "40%" failed.
  it("reads statistics written in words as figures, but not a number word in prose", () => {
    const text = "Forty percent of teams, twenty-five per cent of hires, one in three, one in every five, ten thousand dollars, a million.";
    expect(findFigures(text).map((f) => f.figure)).toEqual(["Forty percent", "twenty-five per cent", "one in three", "one in every five", "ten thousand", "a million"]);
    expect(findFigures("Two roles, three things to check, one engineer in the team and ten of them in one room.")).toEqual([]);
    expect(check("One in three teams hire an architect first.").map((f) => f.figure)).toEqual(["One in three"]);
  });

  it("reads dates, money and percentages as single figures", () => {
    expect(findFigures("On 17 April 2026 (2026-04-17) pay rose 12.5% to $1,200K+ or €3M.").map((f) => f.figure)).toEqual([
      "17 April 2026",
      "2026-04-17",
      "12.5%",
      "$1,200K+",
      "€3M",
    ]);
  });
});
