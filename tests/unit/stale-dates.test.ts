import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chapterIn, contentCopy, editChapter, lineIn, runCheck } from "../support/check-cli";
import { removeTempDirs } from "../support/temp-dirs";

afterAll(removeTempDirs);

/** Commits everything in `root` as if on `day` (git's own dates, which the check reads). */
function commitOn(root: string, day: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` };
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Editor", "-c", "user.email=editor@example.com", ...args], { cwd: root, env, stdio: "ignore" });
  git("add", "-A");
  git("commit", "-q", "-m", `edit on ${day}`);
}

/** The check's warnings about dates: one line per chapter. */
const dateWarnings = (output: string) => output.split("\n").filter((line) => line.startsWith("content/") && line.includes("updated:"));

describe("npm run check warns when a chapter with changes not committed yet still has an older 'Last updated'", () => {
  it("names the chapter's date line and what changed (its own file, or a data file a component of it shows), says nothing once committed, and keeps the exit code 0", async () => {
    const root = contentCopy("guide-stale-dates-");
    // The data an editor changes for the vetting chapter's questions, where the check finds it (lib/data under the root).
    mkdirSync(path.join(root, "lib", "data"), { recursive: true });
    cpSync(path.join(process.cwd(), "lib", "data", "vetting.ts"), path.join(root, "lib", "data", "vetting.ts"));
    const dateOf = (slug: string) => /^updated: .*$/m.exec(readFileSync(chapterIn(root, slug), "utf8"))![0];
    editChapter(root, "vetting", dateOf("vetting"), "updated: 2026-11-01");
    editChapter(root, "the-two-roles", dateOf("the-two-roles"), "updated: 2026-11-02");
    execFileSync("git", ["init", "-q"], { cwd: root });
    commitOn(root, "2026-10-30");
    expect(dateWarnings((await runCheck(["--root", root])).stderr)).toEqual([]);

    // Committed changes are not told: the editor decided about the date when committing them.
    appendFileSync(path.join(root, "lib", "data", "vetting.ts"), "\n// a question reworded\n");
    commitOn(root, "2026-11-10");
    expect(dateWarnings((await runCheck(["--root", root])).stderr)).toEqual([]);

    // Changes under way: a question in lib/data (the vetting chapter's file untouched), and another chapter's text.
    appendFileSync(path.join(root, "lib", "data", "vetting.ts"), "\n// another question reworded\n");
    appendFileSync(chapterIn(root, "the-two-roles"), "\n");
    const stale = await runCheck(["--root", root]);
    expect(stale.code).toBe(0);
    const today = new Date().toLocaleDateString("sv");
    const told = (slug: string, date: string, file: string) =>
      `content/guides/${slug}.mdx:${lineIn(root, slug, `updated: ${date}`)}  updated: ${date}, but ${file} has changes not committed yet  (if readers should see the change as new, in the feed too, write updated: ${today})`;
    expect(dateWarnings(stale.stderr).sort()).toEqual([told("the-two-roles", "2026-11-02", "content/guides/the-two-roles.mdx"), told("vetting", "2026-11-01", "lib/data/vetting.ts")]);

    // The editor writes the date the warnings give: nothing more to say, committed or not.
    editChapter(root, "vetting", "updated: 2026-11-01", `updated: ${today}`);
    editChapter(root, "the-two-roles", "updated: 2026-11-02", `updated: ${today}`);
    expect(dateWarnings((await runCheck(["--root", root])).stderr)).toEqual([]);
  });
});
