/**
 * Generated chapters for the scaling benchmarks (issue 12): copies the project into a scratch folder
 * OUTSIDE the repository and adds N chapters of varied, valid MDX that passes `npm run check`.
 *
 *   npx tsx tests/bench/generate.ts 100 [--out /tmp/guide-bench-100]     prints the folder
 *
 * node_modules is hard-linked (`cp -al`), not symlinked: Turbopack refuses a node_modules symlink that
 * points outside the project root ("Could not find the Next.js package"). Hard links cost no disk space;
 * where they cannot be made (the scratch folder on another file system) it is copied.
 * The copy is never committed; callers remove it with `removeCorpus`.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as w from "./words";

/** The repository root (this file is tests/bench/generate.ts). */
export const repoRoot = path.resolve(import.meta.dirname, "..", "..");

/** Top-level entries never copied: dependencies (hard-linked separately), build output, VCS, runtime data. */
const skipped = new Set(["node_modules", ".next", ".git", "test-results", "playwright-report", "data", "out"]);

/** A small seeded PRNG (mulberry32): the same N always gives the same chapters. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, pick, int };
}
type Rng = ReturnType<typeof random>;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const kebab = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function fill(template: string, r: Rng): string {
  return template
    .replace("{role}", r.pick(w.roles))
    .replace("{verb}", r.pick(w.verbs))
    .replace("{object}", r.pick(w.objects))
    .replace("{topic}", r.pick(w.topics))
    .replace("{Adjective}", capitalise(r.pick(w.adjectives)))
    .replace("{adjective}", r.pick(w.adjectives))
    .replace("{audience}", r.pick(w.audiences));
}

function sentence(r: Rng): string {
  switch (r.int(0, 3)) {
    case 0:
      return `${r.pick(w.openers)} ${r.pick(w.observations)}.`;
    case 1:
      return `${capitalise(r.pick(w.roles))} should ${r.pick(w.verbs)} ${r.pick(w.objects)} ${r.pick(w.outcomes)}.`;
    case 2:
      return `For ${r.pick(w.audiences)} working on ${r.pick(w.topics)}, ${r.pick(w.observations)}.`;
    default:
      return `${capitalise(r.pick(w.adjectives))} teams ${r.pick(w.verbs)} ${r.pick(w.objects)} ${r.pick(w.outcomes)}, and ${r.pick(w.observations)}.`;
  }
}

const paragraph = (r: Rng) => Array.from({ length: r.int(3, 5) }, () => sentence(r)).join(" ");

/** What a chapter looks like from outside: enough for other chapters to link to it. */
interface Spec {
  slug: string;
  title: string;
  sections: { title: string; id: string; pinned: boolean }[];
}

/**
 * 1 → A, 26 → Z, 27 → AA: tells generated chapters apart in their titles without a digit, which the content
 * check would report as a figure with no source.
 */
function letters(n: number): string {
  let text = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) text = String.fromCharCode(65 + ((k - 1) % 26)) + text;
  return text;
}

function specFor(i: number, r: Rng): Spec {
  const topic = r.pick(w.topics);
  const adjective = r.pick(w.adjectives);
  const slug = `${kebab(`${adjective} ${topic}`)}-${i + 1}`;
  const title = `${capitalise(adjective)} ${topic} for ${r.pick(w.audiences)}, part ${letters(i + 1)}`.slice(0, 70);
  const sections: Spec["sections"] = [];
  const seen = new Set<string>();
  while (sections.length < r.int(5, 8)) {
    const heading = capitalise(fill(r.pick(w.headingTemplates), r));
    const id = kebab(heading);
    if (seen.has(id)) continue;
    seen.add(id);
    const pinned = r.next() < 0.5;
    sections.push({ title: heading, id: pinned ? `${kebab(r.pick(w.topics))}-${sections.length + 1}` : id, pinned });
  }
  return { slug, title, sections };
}

function chapterSource(spec: Spec, i: number, all: Spec[], r: Rng): string {
  let description = `${capitalise(r.pick(w.verbs))} ${r.pick(w.objects)} with ${r.pick(w.audiences)}: ${r.pick(w.observations)}.`;
  if (description.length < 70) description += ` ${capitalise(r.pick(w.observations))}.`;
  const linkTo = () => {
    const other = all[(i + r.int(1, all.length - 1)) % all.length];
    const section = r.pick(other.sections.filter((s) => s.pinned).concat(other.sections.slice(0, 1)));
    return `${capitalise(r.pick(w.linkPhrases))} [${other.title.toLowerCase()}](/${other.slug}${r.next() < 0.5 ? `#${section.id}` : ""}).`;
  };
  const lines = [
    "---",
    `title: ${JSON.stringify(spec.title)}`,
    `description: ${JSON.stringify(description)}`,
    `order: ${100 + i}`,
    `updated: 2026-0${r.int(1, 9)}-1${r.int(0, 9)}`,
    `navTitle: ${`${capitalise(spec.slug.split("-").slice(0, 2).join(" "))} ${letters(i + 1)}`.slice(0, 28)}`,
    "---",
    "",
    "<KeyTakeaway>",
    "",
    paragraph(r),
    "",
    "</KeyTakeaway>",
  ];
  spec.sections.forEach((section, n) => {
    lines.push("", `## ${section.title}${section.pinned ? ` {#${section.id}}` : ""}`, "", paragraph(r), "");
    if (n % 3 === 1) lines.push(r.pick(w.listLeads), "", ...Array.from({ length: r.int(3, 5) }, () => `- ${sentence(r)}`), "");
    lines.push(`${paragraph(r)} ${all.length > 1 && n % 2 === 0 ? linkTo() : ""}`.trim());
    if (n === 2) lines.push("", `<Callout type="${r.pick(["note", "tip", "warning"])}" title="${capitalise(r.pick(w.observations))}">`, "", paragraph(r), "", "</Callout>");
  });
  // Every chapter ends with a Next step line linking forward (the content check requires it): to the next
  // generated chapter (a higher order), the last one to a page. No draw from `r`: the chapters stay as they were.
  const next = all[i + 1];
  lines.push("", next ? `**Next step:** read [${next.title.toLowerCase()}](/${next.slug}).` : "**Next step:** [request a confidential consultation](/consultation) about the role.");
  return `${lines.join("\n")}\n`;
}

/** The generated chapters as `[file name, MDX source]`, deterministic for a given `n`. */
export function generateChapters(n: number): [string, string][] {
  const r = random(n * 7919 + 17);
  const specs = Array.from({ length: n }, (_, i) => specFor(i, r));
  return specs.map((spec, i) => [`${spec.slug}.mdx`, chapterSource(spec, i, specs, r)]);
}

/** Copies the project (hard-linking node_modules) into `dir` and writes N generated chapters into it. */
export function generateCorpus(n: number, dir = path.join(os.tmpdir(), `guide-bench-${n}`)): { dir: string; slugs: string[] } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(repoRoot, dir, {
    recursive: true,
    filter: (src) => !skipped.has(path.relative(repoRoot, src).split(path.sep)[0]) && !src.includes(`${path.sep}tests${path.sep}.tmp`),
  });
  const modules = [path.join(repoRoot, "node_modules"), path.join(dir, "node_modules")];
  if (spawnSync("cp", ["-al", ...modules]).status !== 0) {
    // Hard links cannot cross file systems (e.g. a tmpfs $TMPDIR): copy instead, slower but the same files.
    rmSync(modules[1], { recursive: true, force: true });
    if (spawnSync("cp", ["-a", ...modules], { stdio: "inherit" }).status !== 0) throw new Error(`could not copy node_modules into ${dir}`);
  }
  const chapters = generateChapters(n);
  for (const [name, source] of chapters) writeFileSync(path.join(dir, "content", "guides", name), source);
  return { dir, slugs: chapters.map(([name]) => name.slice(0, -".mdx".length)) };
}

/** Removes a scratch copy made by `generateCorpus` (refuses anything inside the repository). */
export function removeCorpus(dir: string): void {
  if (!path.relative(repoRoot, dir).startsWith("..")) throw new Error(`refusing to remove ${dir}: it is inside the repository`);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const n = Number(process.argv[2] ?? 100);
  const outFlag = process.argv.indexOf("--out");
  const { dir, slugs } = generateCorpus(n, outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : undefined);
  console.log(`${dir}  (${slugs.length} generated chapters, e.g. /${slugs[0]})`);
}
