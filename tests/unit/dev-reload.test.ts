import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { publicWithFonts } from "../support/check-cli";

// Under `next dev`, lib/chapters.ts re-reads content when a file changes (names + modification times)
// and keeps the parsed chapters otherwise. A load that failed must not stick: the next request retries.
const projectRoot = process.cwd();
const root = mkdtempSync(path.join(os.tmpdir(), "guide-dev-reload-"));
cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
publicWithFonts(root);
const file = path.join(root, "content", "guides", "vetting.mdx");
const original = readFileSync(file, "utf8");

/** Writes the chapter file and gives it the modification time `second` (seconds since the epoch). */
function save(text: string, second: number) {
  writeFileSync(file, text);
  utimesSync(file, second, second);
}

afterEach(() => {
  process.chdir(projectRoot);
  vi.unstubAllEnvs();
  vi.resetModules();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function devChapters() {
  vi.stubEnv("NODE_ENV", "development");
  process.chdir(root);
  vi.resetModules();
  return import("@/lib/chapters");
}

const titleOf = (chapters: { slug: string; frontmatter: { title: string } }[]) => chapters.find((c) => c.slug === "vetting")?.frontmatter.title;

describe("the chapter cache under next dev", () => {
  it("keeps the parsed chapters until a file changes, then gives the edited chapter", async () => {
    save(original, 1_800_000_000);
    const { getAllChapters } = await devChapters();
    const first = await getAllChapters();
    expect(await getAllChapters()).toBe(first);

    save(original.replace(/^title: .*$/m, "title: Vetting, edited while the server runs"), 1_800_000_010);
    const edited = await getAllChapters();
    expect(edited).not.toBe(first);
    expect(titleOf(edited)).toBe("Vetting, edited while the server runs");
  });

  it("does not keep a failed load: after the fix, the next call succeeds even with the same file times", async () => {
    const { getAllChapters } = await devChapters();
    // Broken mid-save, then fixed within the same second: the file times (the cache key) are the same
    // for both, so only dropping the failed load lets the fix show.
    save(original.replace(/^title: .*$/m, ""), 1_800_000_030);
    await expect(getAllChapters()).rejects.toThrow(/vetting\.mdx:\d+:\d+ {2}missing frontmatter field "title"/);
    save(original, 1_800_000_030);
    expect(titleOf(await getAllChapters())).toBe(original.match(/^title: (.*)$/m)![1]);
  });
});
