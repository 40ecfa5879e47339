import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { toMarkdown } from "mdast-util-to-markdown";
import { afterAll, describe, expect, it } from "vitest";
import { architectQuestionsTree, engineerChecksTree } from "@/lib/content/data-blocks";
import { compileChapterSource } from "@/lib/content/compile";
import { loadContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { tools } from "@/lib/tools/catalog";
import { strongAnswerLabel, vetting } from "@/lib/vetting";

const frontmatter = "---\ntitle: Data blocks in a chapter\ndescription: A fixture chapter that uses the components whose text comes from lib data, to test the remark step.\norder: 90\nupdated: 2026-04-17\n---\n\n";
// Every chapter ends with its Next step line (lib/content/next-step.ts); the bodies below are what is tested.
const nextStep = "\n**Next step:** [request a confidential consultation](/consultation) about the role.\n";
const compile = (body: string) => compileChapterSource("content/guides/fixture.mdx", frontmatter + body + nextStep);
const frontmatterLines = frontmatter.split("\n").length - 1;

describe("the remark step that fills data-driven components", () => {
  it("turns <ArchitectQuestions /> into the questions and strong answers, as text the TOC, search and check all see", async () => {
    const { analysis, problems } = await compile("## Questions {#questions}\n\n<ArchitectQuestions />\n");
    expect(problems).toEqual([]);
    const section = analysis!.sections.find((s) => s.id === "questions")!;
    for (const q of vetting.architectQuestions) {
      expect(section.text).toContain(q.question);
      expect(section.text).toContain(`${strongAnswerLabel} ${q.strongAnswer}`);
    }
    expect(analysis!.components.map((c) => c.name)).toEqual(["ArchitectQuestions"]);
  });

  it("turns <EngineerChecks /> into the checks, each title in bold with its full stop, then the question to ask and a strong answer", async () => {
    const { analysis } = await compile("<EngineerChecks />\n");
    const text = analysis!.sections.map((s) => s.text).join("\n");
    for (const check of vetting.engineerChecks) expect(text).toContain(`${check.title}. ${check.text}\nAsk: ${check.question}\n${strongAnswerLabel} ${check.strongAnswer}`);
  });

  it("serialises to the Markdown a reader would have written by hand (what a Markdown export sees)", () => {
    const questions = toMarkdown({ type: "root", children: [architectQuestionsTree()] });
    vetting.architectQuestions.forEach((q, i) => expect(questions).toContain(`${i + 1}. **${q.question}**\n\n   ${strongAnswerLabel} ${q.strongAnswer}`));
    const checks = toMarkdown({ type: "root", children: [engineerChecksTree()] }, { bullet: "-" });
    for (const check of vetting.engineerChecks) expect(checks).toContain(`- **${check.title}.** ${check.text}\n\n  **Ask:** ${check.question}\n\n  ${strongAnswerLabel} ${check.strongAnswer}`);
  });

  it("turns <ToolTeaser tool=…/> into the tool's pitch and a real link, reported at the tag's line", async () => {
    for (const tool of tools) {
      const { analysis, problems } = await compile(`Intro.\n\n<ToolTeaser tool="${tool.id}" />\n`);
      expect(problems).toEqual([]);
      expect(analysis!.links.filter((link) => link.href !== "/consultation")).toEqual([{ href: `/${tool.id}`, line: frontmatterLines + 3, column: 1 }]);
      expect(analysis!.sections[0].text).toContain(tool.teaser);
      expect(analysis!.sections[0].text).toContain(tool.action);
    }
  });

  it("reports content written inside the tag, at its line, instead of silently dropping it", async () => {
    const { problems } = await compile("Intro.\n\n<ArchitectQuestions>\n\nMy own question?\n\n</ArchitectQuestions>\n");
    expect(problems.map(formatProblem)).toEqual([
      `content/guides/fixture.mdx:${frontmatterLines + 3}:1  <ArchitectQuestions> takes no content: its text comes from lib/ data  (write the tag on its own, e.g. <ArchitectQuestions />, and edit its text in lib/data/)`,
    ]);
  });
});

describe("the vetting chapter and the data agree (one source)", () => {
  it("shows every question, strong answer and check from lib/data/vetting.ts, word for word", async () => {
    const { chapters, problems } = await loadContent(process.cwd());
    expect(problems).toEqual([]);
    const vettingChapter = chapters.find((c) => c.slug === "vetting")!;
    const questions = vettingChapter.analysis.sections.find((s) => s.id === "architect-questions")!.text;
    for (const q of vetting.architectQuestions) expect(questions).toContain(`${q.question}\n${strongAnswerLabel} ${q.strongAnswer}`);
    const checks = vettingChapter.analysis.sections.find((s) => s.id === "vetting-engineers")!.text;
    for (const c of vetting.engineerChecks) expect(checks).toContain(`${c.title}. ${c.text}\nAsk: ${c.question}\n${strongAnswerLabel} ${c.strongAnswer}`);
    expect(vettingChapter.analysis.components.map((c) => c.name)).toEqual(expect.arrayContaining(["ArchitectQuestions", "EngineerChecks"]));
  });
});

describe("npm run check on a bad teaser", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "guide-teaser-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("rejects an unknown tool with the allowed names, at the tag's line", async () => {
    cpSync(path.join(process.cwd(), "content"), path.join(root, "content"), { recursive: true });
    mkdirSync(path.join(root, "public"));
    writeFileSync(path.join(root, "content", "guides", "fixture.mdx"), `${frontmatter}Intro.\n\n<ToolTeaser tool="planner" />\n${nextStep}`);
    const { problems } = await loadContent(root);
    expect(problems.filter((p) => p.file.endsWith("fixture.mdx")).map(formatProblem)).toEqual([
      `content/guides/fixture.mdx:${frontmatterLines + 3}:1  <ToolTeaser> prop "tool" must be one of ${tools.map((t) => `"${t.id}"`).join(", ")}  (see the <ToolTeaser> example in CONTRIBUTING.md)`,
    ]);
  });
});
