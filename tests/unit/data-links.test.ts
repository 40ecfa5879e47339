import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { faqEntries } from "@/lib/faq";

// Links held in lib/ data are checked like links in chapters: remove a chapter the FAQ points at and
// the check names the FAQ entry, at its line in lib/data/faq.ts.
const projectRoot = process.cwd();
const root = mkdtempSync(path.join(os.tmpdir(), "guide-data-links-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("links in lib/ data", () => {
  it("reports FAQ entries, their Read more links and page shortcuts whose chapter no longer exists, at their lines", async () => {
    cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
    mkdirSync(path.join(root, "public"));
    mkdirSync(path.join(root, "lib", "data"), { recursive: true });
    cpSync(path.join(projectRoot, "lib", "data", "faq.ts"), path.join(root, "lib", "data", "faq.ts"));
    cpSync(path.join(projectRoot, "lib", "data", "shortcuts.ts"), path.join(root, "lib", "data", "shortcuts.ts"));
    rmSync(path.join(root, "content", "guides", "vetting.mdx"));

    const { problems } = await loadContent(root);
    const faqProblems = problems.filter((problem) => problem.file === "lib/data/faq.ts").map(formatProblem);

    const source = readFileSync(path.join(projectRoot, "lib", "data", "faq.ts"), "utf8").split("\n");
    const at = (needle: string, fromLine = 0) => {
      const line = source.findIndex((text, i) => i >= fromLine && text.includes(needle)) + 1;
      return `${line}:${source[line - 1].indexOf(needle) + 1}`;
    };
    // Each entry that belongs to the removed chapter is reported at its id; each "Read more" link into it,
    // at that entry's own `more` line (not the first entry with the same link).
    const expected = faqEntries.flatMap((entry) => {
      const idLine = source.findIndex((text) => text.includes(`"${entry.id}"`));
      return [
        ...(entry.chapters.includes("vetting")
          ? [`lib/data/faq.ts:${at(`"${entry.id}"`)}  FAQ entry "${entry.id}" links to missing chapter "vetting"  (use a chapter slug)`]
          : []),
        ...(entry.more.startsWith("/vetting")
          ? [`lib/data/faq.ts:${at(`"${entry.more}"`, idLine)}  FAQ entry "${entry.id}" Read more: link to missing page "/vetting"  (link to an existing chapter or page)`]
          : []),
      ];
    });
    expect(expected.some((line) => line.includes("Read more"))).toBe(true);
    expect(expected.some((line) => line.includes("missing chapter"))).toBe(true);
    expect(faqProblems).toEqual(expected);
    // The home page's shortcut to the removed chapter is reported at its line in lib/data/shortcuts.ts.
    const shortcuts = readFileSync(path.join(projectRoot, "lib", "data", "shortcuts.ts"), "utf8").split("\n");
    const line = shortcuts.findIndex((text) => text.includes('"/vetting#architect-questions"')) + 1;
    const column = shortcuts[line - 1].indexOf('"/vetting#architect-questions"') + 1;
    expect(problems.filter((p) => p.file === "lib/data/shortcuts.ts").map(formatProblem)).toEqual([
      `lib/data/shortcuts.ts:${line}:${column}  link to missing page "/vetting"  (link to an existing chapter or page)`,
    ]);
    // Chapters that linked to the removed chapter are reported too.
    expect(problems.some((problem) => problem.message === 'link to missing page "/vetting"')).toBe(true);
  });

  it("reports a link written twice (header and footer) at each of its own lines", async () => {
    const faqRoot = mkdtempSync(path.join(os.tmpdir(), "guide-data-links-"));
    try {
      cpSync(path.join(projectRoot, "content"), path.join(faqRoot, "content"), { recursive: true });
      mkdirSync(path.join(faqRoot, "public"));
      cpSync(path.join(projectRoot, "lib", "data"), path.join(faqRoot, "lib", "data"), { recursive: true });
      rmSync(path.join(faqRoot, "content", "guides", "faq.mdx"));
      const { problems } = await loadContent(faqRoot);
      const reported = problems.filter((p) => p.file === "lib/data/shortcuts.ts" && p.message === 'link to missing page "/faq"');
      const shortcuts = readFileSync(path.join(projectRoot, "lib", "data", "shortcuts.ts"), "utf8").split("\n");
      const written = shortcuts.flatMap((text, i) => (text.includes('"/faq"') ? [{ line: i + 1, column: text.indexOf('"/faq"') + 1 }] : []));
      expect(written.length).toBeGreaterThan(1);
      expect(reported.map(({ line, column }) => ({ line, column }))).toEqual(written);
    } finally {
      rmSync(faqRoot, { recursive: true, force: true });
    }
  });

  it("reports the tools' links (planner rules, job descriptions) whose chapter no longer exists, at every line that holds one", async () => {
    const toolRoot = mkdtempSync(path.join(os.tmpdir(), "guide-tool-links-"));
    try {
      cpSync(path.join(projectRoot, "content"), path.join(toolRoot, "content"), { recursive: true });
      mkdirSync(path.join(toolRoot, "public"));
      cpSync(path.join(projectRoot, "lib", "data"), path.join(toolRoot, "lib", "data"), { recursive: true });
      rmSync(path.join(toolRoot, "content", "guides", "team-composition.mdx"));

      const { problems } = await loadContent(toolRoot);
      for (const file of ["lib/data/plan-rules.ts", "lib/data/plan-notes.ts", "lib/data/job-descriptions.ts"]) {
        const lines = readFileSync(path.join(projectRoot, file), "utf8").split("\n");
        const expected = lines.flatMap((text, i) =>
          text.includes('"/team-composition') ? [`${file}:${i + 1}:${text.indexOf('"/team-composition') + 1}  link to missing page "/team-composition"`] : [],
        );
        expect(expected.length, file).toBeGreaterThan(0);
        expect(problems.filter((p) => p.file === file).map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`)).toEqual(expected);
      }
    } finally {
      rmSync(toolRoot, { recursive: true, force: true });
    }
  });
});

describe("links written in pages and components", () => {
  // A path typed into a page or component is a link no check sees: pages and components use pagePaths,
  // chapterPath() and the checked lists in lib/data/shortcuts.ts instead.
  it("never come as string literals in app/ or components/", () => {
    const files = (dir: string): string[] =>
      readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(path.join(dir, entry.name)) : entry.name.endsWith(".tsx") ? [path.join(dir, entry.name)] : [],
      );
    // href="/…", href={"/…"}, href={`/…`}, and a path inside an expression: href={done ? "/…" : …}.
    const literal = /\bhref=(?:"\/|\{[^}]*["'`]\/)/;
    const found = [...files("app"), ...files("components")].flatMap((file) =>
      readFileSync(path.join(projectRoot, file), "utf8")
        .split("\n")
        .flatMap((line, i) => (literal.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it("are checked like chapter links: a page path that leads nowhere is reported at its line in lib/paths.ts", async () => {
    const pathsRoot = mkdtempSync(path.join(os.tmpdir(), "guide-page-paths-"));
    try {
      cpSync(path.join(projectRoot, "content"), path.join(pathsRoot, "content"), { recursive: true });
      mkdirSync(path.join(pathsRoot, "public"));
      mkdirSync(path.join(pathsRoot, "lib"));
      cpSync(path.join(projectRoot, "lib", "paths.ts"), path.join(pathsRoot, "lib", "paths.ts"));
      const { checkPagePaths } = await import("@/lib/content/links");
      const anchors = new Map<string, Set<string> | null>([["/", new Set()]]);
      const problems = checkPagePaths(pathsRoot, anchors, new Set()).map((p) => `${p.file}:${p.line} ${p.message}`);
      const source = readFileSync(path.join(projectRoot, "lib", "paths.ts"), "utf8").split("\n");
      const lineOf = (needle: string) => source.findIndex((line) => line.includes(needle)) + 1;
      expect(problems).toContain(`lib/paths.ts:${lineOf('salaries: "/salaries"')} link to missing page "/salaries"`);
      expect(problems).toContain(`lib/paths.ts:${lineOf('contents: "/#chapters"')} link to missing section "#chapters" on /`);
    } finally {
      rmSync(pathsRoot, { recursive: true, force: true });
    }
  });
});
