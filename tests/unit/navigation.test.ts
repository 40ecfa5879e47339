import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadContent } from "@/lib/content/load";
import { publicWithFonts } from "../support/check-cli";

// Navigation, previous/next and the sitemap all come from frontmatter `order`, never from file names.
const projectRoot = process.cwd();
const tmpRoots: string[] = [];

/** A temp project root holding a copy of the real content (and a public/ with the fonts alone). */
function copyOfContent(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "guide-nav-"));
  tmpRoots.push(root);
  cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
  publicWithFonts(root);
  return root;
}

const guide = (root: string, slug: string) => path.join(root, "content", "guides", `${slug}.mdx`);

function setOrder(root: string, slug: string, order: number) {
  const source = readFileSync(guide(root, slug), "utf8");
  if (!/^order: \d+$/m.test(source)) throw new Error(`${slug}.mdx has no order line`);
  writeFileSync(guide(root, slug), source.replace(/^order: \d+$/m, `order: ${order}`));
}

let withNewChapter: string;
let realOrder: string[];

beforeAll(async () => {
  realOrder = (await loadContent(projectRoot)).chapters.map((c) => c.slug);
  withNewChapter = copyOfContent();
  cpSync(path.join(projectRoot, "tests", "fixtures", "new-chapter.mdx"), guide(withNewChapter, "hiring-checklist"));
}, 30_000);

afterEach(() => {
  process.chdir(projectRoot);
  vi.resetModules();
});

afterAll(() => {
  for (const root of tmpRoots) rmSync(root, { recursive: true, force: true });
});

describe("adding a chapter", () => {
  it("puts a new chapter with order 10 in last place, after the real chapters (the glossary is 9)", async () => {
    const { chapters, problems } = await loadContent(withNewChapter);
    expect(problems).toEqual([]);
    expect(realOrder.at(-1)).toBe("glossary");
    expect(chapters.map((c) => c.slug)).toEqual([...realOrder, "hiring-checklist"]);
    expect(chapters.at(-1)!.frontmatter.navTitle).toBe("Hiring checklist");
  });

  it("lists the new chapter in the sitemap and links it from the chapter before it", async () => {
    process.chdir(withNewChapter); // lib/chapters.ts reads content from the current directory
    vi.resetModules();
    const { default: sitemap } = await import("@/app/sitemap");
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls.filter((url) => url.endsWith("/hiring-checklist"))).toHaveLength(1);
    expect(urls.filter((url) => url.endsWith("/vetting"))).toHaveLength(1);

    const { getAdjacentChapters } = await import("@/lib/chapters");
    const { previous, next } = await getAdjacentChapters("hiring-checklist");
    expect({ previous: previous?.slug, next: next?.slug }).toEqual({ previous: realOrder.at(-1), next: undefined });
    expect((await getAdjacentChapters(realOrder.at(-1)!)).next?.slug).toBe("hiring-checklist");
  });

  it("builds the sitemap from the content folder it runs in, with no chapter left over from an earlier load", async () => {
    process.chdir(copyOfContent());
    vi.resetModules();
    const { default: sitemap } = await import("@/app/sitemap");
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls.some((url) => url.endsWith("/hiring-checklist"))).toBe(false);
  });
});

describe("reordering chapters", () => {
  it("swaps two chapters' places when their orders are swapped", async () => {
    const root = copyOfContent();
    const [first, second, ...rest] = realOrder;
    setOrder(root, first, 2);
    setOrder(root, second, 1);
    const { chapters, problems } = await loadContent(root);
    expect(chapters.map((c) => c.slug)).toEqual([second, first, ...rest]);
    // The one thing the swap leaves to fix: the first chapter's Next step line now points back, and the
    // check says so at that line (lib/content/next-step.ts).
    expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([`content/guides/${first}.mdx the **Next step:** line links back to /${second} (order 1; this chapter is order 2)`]);
  });

  it("tells an order given twice once, as the duplicate it is, not also as a Next step line that links back", async () => {
    const root = copyOfContent();
    const [first, second] = realOrder;
    setOrder(root, first, 2);
    const { problems } = await loadContent(root);
    expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([`content/guides/${second}.mdx order 2 is also used by content/guides/${first}.mdx`]);
  });
});
