import { cpSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { publicWithFonts, runCheck, type CliRun } from "../support/check-cli";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

// An editor's slips in lib/data/ (the FAQ, the planner's reasons, the salary figures), caught by `npm run check`
// run in a copy of the project: reported like a chapter's, with file, line and field, never as a stack trace.
const projectRoot = process.cwd();
let copy: string;
let run: CliRun;
/** 1-based line of the first line holding `text` in a file of the copy. */
const lineOf = (file: string, text: string) => readFileSync(path.join(copy, file), "utf8").split("\n").findIndex((line) => line.includes(text)) + 1;

function edit(file: string, from: string, to: string) {
  const full = path.join(copy, file);
  const text = readFileSync(full, "utf8");
  expect(text, `${file} holds the text the test changes`).toContain(from);
  writeFileSync(full, text.replace(from, to));
}

beforeAll(async () => {
  copy = tempDir("guide-check-data-");
  for (const entry of ["lib", "content", "package.json", "tsconfig.json"]) cpSync(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true });
  publicWithFonts(copy);
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(copy, "node_modules"));
  // A reason far over its length limit, a FAQ entry without its "Read more" link, a salary written as text.
  edit("lib/data/plan-rules.ts", "a dedicated architect once it becomes a core system.", "a dedicated architect once it becomes a core system, which this sentence goes on to explain at a length no planner card can show.");
  edit("lib/data/faq.ts", '    more: "/team-composition#upskilling",\n', "");
  edit("lib/data/salary-bands.ts", "    low: 100_000,", '    low: "100k",');
  // A date in words in the source every band shares: told once, at its line (not at the comment above that
  // names the same date), and not also as "in the future".
  edit("lib/data/salary-bands.ts", 'asOf: "2026-04-17"', 'asOf: "April 2026"');
  run = await runCheck([], copy);
}, 60_000);

afterAll(removeTempDirs);

it("fails with every data slip, in each file, on the line it was made, naming the field, and no stack trace", () => {
  expect(run.code).toBe(1);
  const problems = run.stderr.split("\n").filter((line) => line.startsWith("lib/data/"));
  expect(problems).toHaveLength(4);
  expect(problems).toEqual(
    expect.arrayContaining([
      `lib/data/faq.ts:${lineOf("lib/data/faq.ts", 'id: "can-engineers-become-architects"')}  2.more: is missing (write text in quotes here)`,
      expect.stringMatching(new RegExp(`^lib/data/plan-rules\\.ts:${lineOf("lib/data/plan-rules.ts", "no planner card can show")}  architect\\.\\d+\\.reason: is longer than 220 characters$`)),
      `lib/data/salary-bands.ts:${lineOf("lib/data/salary-bands.ts", 'low: "100k"')}  1.low: must be a number (it is text now: remove the quotes)`,
      `lib/data/salary-bands.ts:${lineOf("lib/data/salary-bands.ts", 'asOf: "April 2026"')}  0.source.asOf: must be a date written YYYY-MM-DD, e.g. 2026-04-17`,
    ]),
  );
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).toContain("problems in lib/data");
});

/** A copy of the project (lib, content) with `changes` made in lib/data, and `npm run check` run in it. */
async function checkCopyWith(changes: [file: string, from: string, to: string][]): Promise<{ dir: string; run: CliRun }> {
  const dir = tempDir("guide-check-data-");
  for (const entry of ["lib", "content", "package.json", "tsconfig.json"]) cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  publicWithFonts(dir);
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"));
  for (const [file, from, to] of changes) {
    const text = readFileSync(path.join(dir, file), "utf8");
    expect(text, `${file} holds the text the test changes`).toContain(from);
    writeFileSync(path.join(dir, file), text.replace(from, to));
  }
  return { dir, run: await runCheck([], dir) };
}

it("tells a data file that is not valid TypeScript (a comma or a quote missing) at its place, every such file at once, not as a stack trace", async () => {
  const { dir: broken, run: syntax } = await checkCopyWith([
    ["lib/data/faq.ts", '    chapters: ["vetting"],\n', '    chapters: ["vetting"]\n'],
    ["lib/data/salary-bands.ts", '    region: "US",', '    region: "US,'],
  ]);
  const lineIn = (file: string, text: string) => readFileSync(path.join(broken, file), "utf8").split("\n").findIndex((line) => line.includes(text)) + 1;
  expect(syntax.code).toBe(1);
  expect(syntax.stderr.split("\n").filter((line) => line.startsWith("lib/data/")).sort()).toEqual([
    `lib/data/faq.ts:${lineIn("lib/data/faq.ts", 'chapters: ["vetting"]') + 1}:4  this file is not valid TypeScript: Expected "}" but found "more"  (look just before this point, often at the end of the line above, for a missing comma, quote or bracket)`,
    `lib/data/salary-bands.ts:${lineIn("lib/data/salary-bands.ts", 'region: "US,')}:16  this file is not valid TypeScript: Unterminated string literal  (end the text with the same quote it starts with)`,
  ]);
  expect(syntax.stderr).not.toMatch(/^\s+at /m);
  expect(syntax.stderr).toContain("2 problems in lib/data");
}, 60_000);

it("refuses a salary source dated in the future, at the line of its date", async () => {
  const { dir, run: future } = await checkCopyWith([["lib/data/salary-bands.ts", 'asOf: "2026-04-17"', 'asOf: "2999-04-17"']]);
  const line = readFileSync(path.join(dir, "lib/data/salary-bands.ts"), "utf8").split("\n").findIndex((l) => l.includes('asOf: "2999-04-17"')) + 1;
  expect(future.code).toBe(1);
  // One source, shared by both bands: one slip, told once (it had been told for each band, at one line).
  expect(future.stderr.split("\n").filter((l) => l.startsWith("lib/data/"))).toEqual([
    `lib/data/salary-bands.ts:${line}  0.source.asOf: is in the future: write the date the figure was true (or the source page was last edited)`,
  ]);
}, 60_000);

it("points at the second of two FAQ entries with one id, the copy to change, not at the published first", async () => {
  const { dir, run: duplicate } = await checkCopyWith([["lib/data/faq.ts", 'id: "how-to-interview-architects"', 'id: "what-is-the-difference"']]);
  const lines = readFileSync(path.join(dir, "lib/data/faq.ts"), "utf8").split("\n");
  const second = lines.findLastIndex((l) => l.includes('id: "what-is-the-difference"')) + 1;
  expect(second).toBeGreaterThan(lines.findIndex((l) => l.includes('id: "what-is-the-difference"')) + 1);
  expect(duplicate.code).toBe(1);
  expect(duplicate.stderr.split("\n").filter((l) => l.startsWith("lib/data/"))).toEqual([`lib/data/faq.ts:${second}  1.id: duplicate FAQ id "what-is-the-difference"`]);
}, 60_000);

it("fails on lib/data text a reader sees wrongly: a figure with no source (a FAQ answer), a character the preview card cannot draw (a FAQ question), each at its line", async () => {
  const { dir, run: data } = await checkCopyWith([
    ["lib/data/faq.ts", "AI Architects get a higher base pay than Software Engineers.", "AI Architects get a higher base pay than Software Engineers, and teams of 5 people rarely need one."],
    ["lib/data/faq.ts", 'question: "How is an AI Architect different from an AI Engineer?"', 'question: "AI Architect → AI Engineer: how do they differ?"'],
  ]);
  const lines = readFileSync(path.join(dir, "lib/data/faq.ts"), "utf8").split("\n");
  const lineInCopy = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
  expect(data.code).toBe(1); // was 0: only the unit tests scanned lib/data
  expect(data.stderr.split("\n").filter((l) => l.startsWith("lib/data/"))).toEqual([
    expect.stringMatching(new RegExp(`^lib/data/faq\\.ts:${lineInCopy("teams of 5 people")}  figure "5" has no source \\(….*teams of 5 people.*…\\)  \\(use a figure from the seed`)),
    `lib/data/faq.ts:${lineInCopy("AI Architect → AI Engineer")}  question: "→" (U+2192) cannot be drawn on its shared answer's preview card  (the preview cards' font (Inter's Latin set) has no glyph for it: write it in words, or leave it out)`,
  ]);
  expect(data.stderr).toContain("2 problems in lib/data");
}, 60_000);
