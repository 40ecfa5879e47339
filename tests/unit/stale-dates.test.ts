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

describe("npm run check warns when a chapter's 'Last updated' is older than its last change", () => {
  it("names the chapter's date line and what changed: its own file uncommitted, or a data file a component of it shows; the exit code stays 0", async () => {
    const root = contentCopy("guide-stale-dates-");
    // The data an editor changes for the vetting chapter's questions, where the check finds it (lib/data under the root).
    mkdirSync(path.join(root, "lib", "data"), { recursive: true });
    cpSync(path.join(process.cwd(), "lib", "data", "vetting.ts"), path.join(root, "lib", "data", "vetting.ts"));
    const dateOf = (slug: string) => /^updated: .*$/m.exec(readFileSync(chapterIn(root, slug), "utf8"))![0];
    editChapter(root, "vetting", dateOf("vetting"), "updated: 2026-11-01");
    editChapter(root, "the-two-roles", dateOf("the-two-roles"), "updated: 2026-11-02");
    execFileSync("git", ["init", "-q"], { cwd: root });
    commitOn(root, "2026-10-30");
    const dateLine = lineIn(root, "vetting", "updated: 2026-11-01");

    const clean = await runCheck(["--root", root]);
    expect(clean.code).toBe(0);
    expect(dateWarnings(clean.stdout + clean.stderr)).toEqual([]);

    // A question changed in lib/data, committed later than the chapter's date; the chapter's file is untouched.
    appendFileSync(path.join(root, "lib", "data", "vetting.ts"), "\n// a question reworded\n");
    commitOn(root, "2026-11-10");
    // And another chapter edited, not committed yet: its date is today's.
    appendFileSync(chapterIn(root, "the-two-roles"), "\n");
    const stale = await runCheck(["--root", root]);
    expect(stale.code).toBe(0);
    const today = new Date().toLocaleDateString("sv");
    expect(dateWarnings(stale.stderr).sort()).toEqual([
      `content/guides/the-two-roles.mdx:${lineIn(root, "the-two-roles", "updated: 2026-11-02")}  updated: 2026-11-02, but content/guides/the-two-roles.mdx has changes not committed yet  (if readers should see the change as new, in the feed too, write updated: ${today})`,
      `content/guides/vetting.mdx:${dateLine}  updated: 2026-11-01, but lib/data/vetting.ts changed on 2026-11-10  (if readers should see the change as new, in the feed too, write updated: 2026-11-10)`,
    ]);

    // The editor writes the dates the warnings give, and commits them that day: nothing more to say.
    editChapter(root, "vetting", "updated: 2026-11-01", "updated: 2026-11-10");
    editChapter(root, "the-two-roles", "updated: 2026-11-02", "updated: 2026-11-10");
    commitOn(root, "2026-11-10");
    expect(dateWarnings((await runCheck(["--root", root])).stderr)).toEqual([]);
  });
});
