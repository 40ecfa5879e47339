import type { ReactNode } from "react";
import type { Chapter } from "@/lib/chapters";
import { formatDate } from "@/lib/format";
import { chapterPath, markdownPath, printPath } from "@/lib/routes";
import { absoluteUrl, repoBranch, repoUrl } from "@/lib/site";
import { Breadcrumbs } from "./breadcrumbs";
import { CopyMarkdownButton } from "./copy-markdown-button.client";
import { NewsletterBox } from "./forms/newsletter-box";
import { Pager } from "./pager";
import { PrintButton } from "./print-button.client";
import { ScrollBoxFocus } from "./scroll-box-focus.client";
import { ShareButton } from "./share-button.client";
import { Toc } from "./toc";
import { chapterKicker, navLabel } from "@/lib/schemas/article";

interface ArticleLayoutProps {
  chapter: Chapter;
  previous?: Chapter;
  next?: Chapter;
  /** Shown above the body, e.g. the "you were sent a section" note on share pages. */
  notice?: ReactNode;
  /** What "Share" shares: the chapter, unless a share page gives its section (its own address, title and label). */
  share?: { url: string; title: string; label: string };
  children: ReactNode;
}

/**
 * A chapter's article: title block, the on-page contents (a right-hand column from 80rem of page width up, placed by the
 * `.article-grid` rules in app/globals.css), the body, and its footer. The chapter list beside it comes from
 * app/[chapter]/layout.tsx.
 */
export function ArticleLayout({ chapter, previous, next, notice, share, children }: ArticleLayoutProps) {
  const { frontmatter } = chapter;
  const editUrl = `${repoUrl}/edit/${repoBranch}/${chapter.file}`;
  return (
    // The chapter ends with its own signup box (below), so the footer's is hidden: one offer per page.
    <main id="main" tabIndex={-1} data-without-footer-signup className="min-w-0 focus:outline-none">
      <article className="article-grid">
        <Breadcrumbs crumbs={[{ name: "Guide", path: "/" }, { name: navLabel(frontmatter) }]} />
        <header className="mb-8 max-w-[68ch]">
          <p className="mb-2 text-sm font-semibold text-accent">{chapterKicker(frontmatter)}</p>
          <h1 className="text-3xl font-bold tracking-tight text-balance md:text-4xl">{frontmatter.title}</h1>
          <p className="mt-4 text-lg text-fg-muted">{frontmatter.description}</p>
          <p className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-fg-muted">
            <span>{chapter.readingMinutes} min read</span>
            <span>
              Last updated <time dateTime={frontmatter.updated}>{formatDate(frontmatter.updated)}</time>
            </span>
          </p>
          {/* The buttons get a row of their own, rather than one of them wrapping under the other. */}
          <div className="js-only no-print mt-3 flex flex-wrap items-center gap-2">
            <ShareButton {...(share ?? { url: absoluteUrl(chapterPath(chapter.slug)), title: frontmatter.title })} />
            <CopyMarkdownButton href={markdownPath(chapter.slug)} />
          </div>
        </header>
        {notice}
        <Toc toc={chapter.toc} />
        <div className="prose prose-guide">{children}</div>
        <ScrollBoxFocus key={chapter.slug} />
        {/* Not printed: the date is under the title, and alone it had printed on a sheet of its own. */}
        <footer className="no-print mt-12 flex max-w-[68ch] flex-wrap justify-between gap-3 border-t border-border pt-5 text-sm text-fg-muted">
          <span>
            Last updated <time dateTime={frontmatter.updated}>{formatDate(frontmatter.updated)}</time>
          </span>
          <span className="no-print flex flex-wrap gap-x-4 gap-y-2">
            <a className="underline underline-offset-4 hover:text-fg" href={markdownPath(chapter.slug)} type="text/markdown">
              View as Markdown
            </a>
            {/* The chapter itself prints as it is (print styles); /print holds every chapter, which the link had
                opened mid-page under "Print / Save as PDF", printing 35 pages for a chapter of 6. */}
            <PrintButton label="Print this chapter" className="underline underline-offset-4 hover:text-fg" />
            <a className="underline underline-offset-4 hover:text-fg" href={printPath()}>
              Print the whole guide
            </a>
            <a className="underline underline-offset-4 hover:text-fg" href={editUrl} rel="noopener noreferrer">
              Edit this page
            </a>
          </span>
        </footer>
        <Pager previous={previous} next={next} />
      </article>
      {/* Newsletter, at the end of every chapter (plain form: no JavaScript). Outside <article>: not a section of it. */}
      <div className="no-print mt-12 max-w-[68ch] rounded-xl border border-border bg-accent-soft p-6">
        <NewsletterBox idPrefix="chapter-signup" landmark={false} from={chapterPath(chapter.slug)} />
      </div>
    </main>
  );
}
