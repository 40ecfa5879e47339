import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Root as MdastRoot } from "mdast";
import type { ArticleFrontmatter } from "../schemas/article";
import { buildToc, type TocEntry } from "../toc";
import type { ChapterAnalysis } from "./collect";
import { compileChapterSource } from "./compile";
import { readFrontmatter } from "./frontmatter";
import type { ContentProblem } from "./problems";
import { validateContent } from "./validate";

/** Where chapters live, relative to the project root. One `.mdx` file per chapter; the file name is the slug. */
export const chaptersDir = path.join("content", "guides");

/** A chapter, parsed, validated and compiled. */
export interface Chapter {
  slug: string;
  /** Path relative to the project root, e.g. `content/guides/vetting.mdx`. */
  file: string;
  frontmatter: ArticleFrontmatter;
  /** Compiled MDX program (function body), run by components/chapter-body.tsx. */
  code: string;
  analysis: ChapterAnalysis;
  /** The Markdown tree from the same compile, for the chapter's Markdown version (lib/content/markdown.ts). */
  mdast: MdastRoot;
  toc: TocEntry[];
  /** Minutes at 230 words a minute, at least 1. */
  readingMinutes: number;
}

/** All chapters and all problems of a content folder. Never throws for bad content. */
export interface ContentResult {
  chapters: Chapter[];
  problems: ContentProblem[];
}

const wordsPerMinute = 230;

/**
 * Reads, validates and compiles every chapter under `root/content/guides`, then runs the cross-file checks.
 * This is the one content pipeline: pages, navigation, sitemap, search and `npm run check` all call it.
 * Drafts are kept out unless `includeDrafts` is set.
 */
export async function loadContent(root: string, options: { includeDrafts?: boolean } = {}): Promise<ContentResult> {
  const dir = path.join(root, chaptersDir);
  const names = (await readdir(dir)).filter((name) => name.endsWith(".mdx")).sort();
  const loaded = await Promise.all(
    names.map(async (name) => {
      const file = path.join(chaptersDir, name).split(path.sep).join("/");
      const source = await readFile(path.join(dir, name), "utf8");
      const frontmatter = readFrontmatter(file, source);
      const compiled = await compileChapterSource(file, source);
      return { slug: name.slice(0, -".mdx".length), file, frontmatter, compiled };
    }),
  );

  const problems: ContentProblem[] = loaded.flatMap((c) => [...c.frontmatter.problems, ...c.compiled.problems]);
  problems.push(
    ...validateContent(
      loaded.map((c) => ({
        slug: c.slug,
        file: c.file,
        order: c.frontmatter.data?.order,
        draft: c.frontmatter.data?.draft ?? false,
        analysis: c.compiled.analysis,
      })),
      root,
    ),
  );

  const chapters = loaded
    .flatMap(({ slug, file, frontmatter, compiled }) =>
      frontmatter.data && compiled.code && compiled.analysis && compiled.mdast
        ? [
            {
              slug,
              file,
              frontmatter: frontmatter.data,
              code: compiled.code,
              analysis: compiled.analysis,
              mdast: compiled.mdast,
              toc: buildToc(compiled.analysis.headings),
              readingMinutes: Math.max(1, Math.round(compiled.analysis.wordCount / wordsPerMinute)),
            },
          ]
        : [],
    )
    .filter((chapter) => options.includeDrafts || !chapter.frontmatter.draft)
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  return { chapters, problems };
}
