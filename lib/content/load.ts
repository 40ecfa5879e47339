import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Root as MdastRoot } from "mdast";
import { navLabel, type ArticleFrontmatter } from "../schemas/article";
import { buildToc, type TocEntry } from "../toc";
import { chapterPath } from "../routes";
import { countWords, type ChapterAnalysis } from "./collect";
import { faqEntriesShownIn } from "../faq";
import { figureChapters } from "../figures";
import { compileChapterSource } from "./compile";
import { checkFigures } from "./figure-check";
import { readFrontmatter } from "./frontmatter";
import type { ContentProblem } from "./problems";
import { validateContent } from "./validate";

/** Where chapters live, relative to the project root. One `.mdx` file per chapter; the file name is the slug. */
export const chaptersDir = path.join("content", "guides");
/** The same folder as problems name it, with forward slashes on every system. */
const chaptersUrlDir = chaptersDir.split(path.sep).join("/");

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
 * Minutes to read a chapter: its own words, plus the FAQ entries its `<FaqList>` tags show (they render from
 * lib data, so they are not in the chapter's text; the FAQ page read "1 min" for some 760 words).
 */
function readingMinutes(analysis: ChapterAnalysis): number {
  const faqWords = faqEntriesShownIn(analysis).reduce((sum, entry) => sum + countWords(entry.question) + countWords(entry.answer), 0);
  return Math.max(1, Math.round((analysis.wordCount + faqWords) / wordsPerMinute));
}

/**
 * A chapter's text as the pipeline reads it: without a byte-order mark, and with Windows (CRLF) or old Mac
 * (CR) line ends made plain newlines. Editors' tools save either; line numbers do not change.
 */
export function asWritten(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Files under content/ that no chapter is read from: a chapter saved as `.md` or `.MDX`, or put in a
 * sub-folder or next to guides/, would otherwise be skipped without a word and its page would be a 404.
 * Hidden files (.DS_Store and the like) are left alone.
 */
async function strayFiles(root: string): Promise<ContentProblem[]> {
  const contentDir = path.join(root, "content");
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !file.split("/").some((part) => part.startsWith(".")));
  const chapters = new Set(files.filter((file) => path.posix.dirname(file) === chaptersUrlDir && file.endsWith(".mdx")));
  return files
    .filter((file) => !chapters.has(file))
    .sort()
    .map((file) => {
      const base = path.posix.basename(file);
      // Every text ending goes: Windows hides the last one, so "vetting.mdx" may really be vetting.mdx.txt.
      const stem = base.replace(/(?:\.(?:mdx?|markdown|txt))+$/i, "");
      const isText = /\.(mdx?|markdown|txt)$/i.test(base);
      const target = `${chaptersUrlDir}/${stem.toLowerCase()}.mdx`;
      // Saving it over a chapter that exists would lose that chapter: then it is a copy to merge, or to delete.
      const hint = !isText
        ? "images go in public/images/; other files do not belong in content/"
        : chapters.has(target)
          ? `${target} already exists: move what this file adds into it, then delete this file`
          : `save it as ${target}`;
      return { file, line: 1, column: 1, message: "this file is not read: chapters are .mdx files directly in content/guides/", hint };
    });
}

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
      const file = `${chaptersUrlDir}/${name}`;
      const source = asWritten(await readFile(path.join(dir, name), "utf8"));
      const frontmatter = readFrontmatter(file, source);
      const compiled = await compileChapterSource(file, source);
      // Lines meant as fields but not read as frontmatter (its block not closed, or not on the first line) are
      // text to the compiler: a heading of 270 characters, a figure "5". The frontmatter's problem says why, once,
      // and the checks of the text start after them.
      const inText = ({ line }: { line: number }) => line > (frontmatter.unclosedThrough ?? 0);
      return { slug: name.slice(0, -".mdx".length), file, frontmatter, compiled, inText };
    }),
  );

  const problems: ContentProblem[] = [
    ...(await strayFiles(root)),
    ...loaded.flatMap((c) => [...c.frontmatter.problems, ...c.compiled.problems.filter(c.inText)]),
  ];
  problems.push(
    ...validateContent(
      loaded.map((c) => ({
        slug: c.slug,
        file: c.file,
        order: c.frontmatter.data?.order,
        orderLine: c.frontmatter.fields.find((field) => field.name === "order")?.line,
        title: c.frontmatter.data?.title,
        titleLine: c.frontmatter.fields.find((field) => field.name === "title")?.line,
        navLabel: c.frontmatter.data && navLabel(c.frontmatter.data),
        navLabelLine: c.frontmatter.fields.find((field) => field.name === (c.frontmatter.data?.navTitle ? "navTitle" : "title"))?.line,
        draft: c.frontmatter.data?.draft ?? false,
        analysis: c.compiled.analysis,
        nextStep: c.compiled.nextStep,
      })),
      root,
    ),
  );

  const compiledChapters = loaded
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
              readingMinutes: readingMinutes(compiled.analysis),
            },
          ]
        : [],
    );
  // Figures are checked against every chapter that compiled (drafts too): "Chapter {order}" may name any of them.
  problems.push(
    ...checkFigures(
      // Also while a chapter's frontmatter is invalid: every problem is listed at once, not one after the other.
      loaded.flatMap(({ file, slug, frontmatter, compiled, inText }) =>
        compiled.analysis ? [{ file, path: chapterPath(slug), fields: frontmatter.fields, texts: compiled.analysis.figureTexts.filter(inText) }] : [],
      ),
      figureChapters(compiledChapters),
    ),
  );
  const chapters = compiledChapters
    .filter((chapter) => options.includeDrafts || !chapter.frontmatter.draft)
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  return { chapters, problems };
}
