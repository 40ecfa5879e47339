import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MdxComponentName } from "../schemas/mdx-props";

/**
 * The data files whose text a component shows inside a chapter: an edit there changes the chapter a reader
 * sees, though its .mdx file is untouched. Typed by the components' names, so a renamed component fails the
 * type check rather than silently dropping out of this list.
 */
const dataOfComponent: Partial<Record<MdxComponentName, readonly string[]>> = {
  ArchitectQuestions: ["lib/data/vetting.ts"],
  EngineerChecks: ["lib/data/vetting.ts"],
  FaqList: ["lib/data/faq.ts"],
  SalaryBands: ["lib/data/salary-bands.ts", "lib/salary-bands.ts"],
  SalaryRange: ["lib/data/salary-bands.ts"],
  ToolTeaser: ["lib/data/tools.ts"],
};

export interface DatedChapter {
  /** Relative to the content root, e.g. `content/guides/vetting.mdx`. */
  file: string;
  updated: string;
}

/** Runs git in `cwd`; undefined when git is missing or `cwd` is not in a repository. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/** Today in the editor's own calendar, as `updated` is written. */
const localToday = () => new Date().toLocaleDateString("sv");

/**
 * When a file last changed: today while it has changes not yet committed, else the date of its last commit.
 * Undefined outside a repository, and for committed history in a shallow clone, where every file seems to
 * have changed in its one commit.
 */
function lastChanged(absolute: string, shallow: boolean): { date: string; pending: boolean } | undefined {
  const dir = path.dirname(absolute);
  const status = git(dir, ["status", "--porcelain", "--", absolute]);
  if (status === undefined) return undefined;
  if (status !== "") return { date: localToday(), pending: true };
  if (shallow) return undefined;
  const date = git(dir, ["log", "-1", "--format=%cs", "--", absolute]);
  return date ? { date, pending: false } : undefined;
}

/**
 * Chapters whose `updated` is older than their last change, in their file or in the data a component of theirs
 * shows, as warnings: `content/guides/vetting.mdx:5  updated: …`. The date is what a reader sees as "Last updated",
 * and what the feed and the sitemap give, so a feed reader shows the chapter again only when it moves. A warning,
 * not an error: a fixed typo need not make a chapter new. Git is asked, as it alone knows when a file changed;
 * without it (a copy that is no repository) nothing is said. Hand-written: no library ties chapters to the data
 * their components render.
 */
export function staleUpdatedDates(root: string, chapters: readonly DatedChapter[]): string[] {
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"]) === "true";
  const warnings: string[] = [];
  for (const chapter of chapters) {
    const source = readFileSync(path.join(root, chapter.file), "utf8");
    const tags = Object.keys(dataOfComponent).filter((name) => new RegExp(`<${name}\\b`).test(source)) as MdxComponentName[];
    const files = [chapter.file, ...new Set(tags.flatMap((name) => dataOfComponent[name] ?? []))].filter((file) => existsSync(path.join(root, file)));
    const changes = files.flatMap((file) => {
      const changed = lastChanged(path.join(root, file), shallow);
      return changed && changed.date > chapter.updated ? [{ file, ...changed }] : [];
    });
    const latest = changes.sort((a, b) => b.date.localeCompare(a.date))[0];
    if (!latest) continue;
    const line = source.split("\n").findIndex((text) => text.startsWith("updated:")) + 1;
    const when = latest.pending ? "has changes not committed yet" : `changed on ${latest.date}`;
    warnings.push(
      `${chapter.file}:${line}  updated: ${chapter.updated}, but ${latest.file} ${when}  (if readers should see the change as new, in the feed too, write updated: ${latest.date})`,
    );
  }
  return warnings;
}
