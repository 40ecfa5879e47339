import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { removeTempDirs, tempDir } from "./temp-dirs";

// `npm run check` exactly as authors run it: the real CLI in its own process, on a copy of the real
// content plus the fixture chapters in tests/fixtures/ (each with mistakes at hand-counted positions).
const projectRoot = process.cwd();
const fixturesDir = path.join(projectRoot, "tests", "fixtures");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm run check`'s CLI with `args` (e.g. `--root <dir>`) and collects its output; `cwd` is the project
 * whose lib/check/cli.ts runs (a copy, to check a mistake in lib/data).
 */
export function runCheck(args: string[], cwd = projectRoot): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, "node_modules/.bin/tsx"), ["--conditions=react-server", "lib/check/cli.ts", ...args], { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A public/ for a copied project root: empty but for the preview cards' font, which loading the chapters reads
 * (lib/card-font.ts: a title the cards cannot draw is a content problem).
 */
export function publicWithFonts(root: string): void {
  cpSync(path.join(projectRoot, "public", "fonts"), path.join(root, "public", "fonts"), { recursive: true });
}

/** A project root (removed by `removeTempDirs`) holding a copy of the real chapters and a public/ with the fonts alone. */
export function contentCopy(prefix: string): string {
  const root = tempDir(prefix);
  cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
  publicWithFonts(root);
  return root;
}

/** A chapter's file in such a copy. */
export const chapterIn = (root: string, slug: string) => path.join(root, "content", "guides", `${slug}.mdx`);

/** The line (1-based) of a chapter in the copy that first holds `text`, for a problem's expected place. */
export const lineIn = (root: string, slug: string, text: string) => readFileSync(chapterIn(root, slug), "utf8").split("\n").findIndex((line) => line.includes(text)) + 1;

/** Replaces `from` with `to` in a chapter of the copy; throws when the chapter no longer holds `from`, so a test never checks an unplanted slip. */
export function editChapter(root: string, slug: string, from: string, to: string): void {
  const text = readFileSync(chapterIn(root, slug), "utf8");
  if (!text.includes(from)) throw new Error(`${slug}.mdx no longer holds the text the test changes: ${from}`);
  writeFileSync(chapterIn(root, slug), text.replace(from, to));
}

/**
 * `npm run check` on a copy of the real content (removed by `removeTempDirs`) once `plant` has made its slips
 * in it (editChapter, or files written): the copy's root, for the expected lines, and the run.
 */
export async function checkCopyWith(prefix: string, plant: (root: string) => void): Promise<{ root: string; run: CliRun }> {
  const root = contentCopy(prefix);
  plant(root);
  return { root, run: await runCheck(["--root", root]) };
}

/** What a run said about chapters, one problem a line (`content/<file>:<line>:<column>  message  (hint)`), in order. */
export const contentProblems = (run: CliRun): string[] => run.stderr.split("\n").filter((line) => line.startsWith("content/"));

/**
 * A project root (removed by `removeTempDirs`) holding a copy of the real content plus the given fixture
 * chapters, a chapter saved by a Windows editor (a byte-order mark and CRLF line ends, around a pinned id),
 * and files no chapter is read from: one saved as .md, one in a folder, and a hidden file that is left alone.
 */
export function checkRootWith(fixtures: readonly string[]): string {
  const root = contentCopy("guide-check-");
  const guides = path.join(root, "content", "guides");
  for (const name of fixtures) cpSync(path.join(fixturesDir, name), path.join(guides, name));
  const pinned = readFileSync(path.join(fixturesDir, "pinned-id.mdx"), "utf8").replace("order: 105", "order: 123").replace("{#costs}", "{#windows-costs}").replace("title: Fixture with a pinned heading id", "title: Fixture saved on Windows, with a pinned heading id");
  writeFileSync(path.join(guides, "windows-saved.mdx"), `\uFEFF${pinned.replaceAll("\n", "\r\n")}`);
  writeFileSync(path.join(guides, "saved-as.md"), pinned);
  mkdirSync(path.join(guides, "drafts"));
  writeFileSync(path.join(guides, "drafts", "in-a-folder.mdx"), pinned);
  writeFileSync(path.join(root, "content", ".DS_Store"), "");
  return root;
}

/**
 * One `npm run check` for a test file: on a copy of the real content once `plant` has made its slips in it, run
 * before the file's tests, the copy removed after them. `slips.run` is the run, `slips.lineOf(slug, text)` the
 * line of a chapter in the copy that first holds `text`.
 */
export function checkedCopy(prefix: string, plant: (root: string) => void) {
  const slips = { root: "", run: { code: null, stdout: "", stderr: "" } as CliRun, lineOf: (slug: string, text: string) => lineIn(slips.root, slug, text) };
  beforeAll(async () => {
    Object.assign(slips, await checkCopyWith(prefix, plant));
  }, 60_000);
  afterAll(removeTempDirs);
  return slips;
}
