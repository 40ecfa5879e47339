import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { publicWithFonts } from "../support/check-cli";

// A draft (`draft: true`) is checked by `npm run check` (tests/unit/check.test.ts plants a mistake in one,
// and a published chapter's link to it) but is absent from everything the built site serves.
const projectRoot = process.cwd();
const root = mkdtempSync(path.join(os.tmpdir(), "guide-drafts-"));
const slug = "hiring-checklist";

beforeAll(() => {
  cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
  publicWithFonts(root);
  const fixture = readFileSync(path.join(projectRoot, "tests", "fixtures", "new-chapter.mdx"), "utf8");
  writeFileSync(path.join(root, "content", "guides", `${slug}.mdx`), fixture.replace(/^order: 10$/m, "order: 10\ndraft: true"));
});

afterEach(() => {
  process.chdir(projectRoot);
  vi.unstubAllEnvs();
  vi.resetModules();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The site's modules, loaded fresh in the content folder `root`, as `next build` (or `next dev`) would. */
async function site() {
  process.chdir(root); // lib/chapters.ts reads content from the current directory
  vi.resetModules();
  const [{ getAllChapters }, { default: sitemap }, { searchGuide }, { getLlmsTxt }, markdownRoute] = await Promise.all([
    import("@/lib/chapters"),
    import("@/app/sitemap"),
    import("@/lib/search"),
    import("@/lib/readable"),
    import("@/app/md/[chapter]/route"),
  ]);
  return { getAllChapters, sitemap, searchGuide, getLlmsTxt, markdownRoute };
}

describe("a draft chapter", () => {
  it("is loaded and checked like any chapter by the content pipeline", async () => {
    const { loadContent } = await import("@/lib/content/load");
    const { chapters, problems } = await loadContent(root, { includeDrafts: true });
    expect(problems).toEqual([]);
    expect(chapters.find((c) => c.slug === slug)?.frontmatter.draft).toBe(true);
  });

  it("is absent from the built site: chapter list, pages, Markdown, sitemap, search and llms.txt", async () => {
    const { getAllChapters, sitemap, searchGuide, getLlmsTxt, markdownRoute } = await site();
    const chapters = await getAllChapters();
    expect(chapters.length).toBeGreaterThan(0);
    expect(chapters.map((c) => c.slug)).not.toContain(slug);
    expect((await markdownRoute.generateStaticParams()).map((p) => p.chapter)).not.toContain(slug);
    expect((await sitemap()).map((entry) => new URL(entry.url).pathname)).not.toContain(`/${slug}`);
    const { hits } = await searchGuide("hiring checklist open the role");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((hit) => hit.href.startsWith(`/${slug}`))).toEqual([]);
    expect(await getLlmsTxt()).not.toContain(`/${slug}`);
  });

  it("shows under next dev, so its author can read it", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const { getAllChapters, searchGuide } = await site();
    expect((await getAllChapters()).map((c) => c.slug)).toContain(slug);
    const { hits } = await searchGuide("hiring checklist open the role");
    expect(hits.some((hit) => hit.href.startsWith(`/${slug}`))).toBe(true);
  });
});
