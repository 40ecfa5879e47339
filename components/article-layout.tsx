import type { ReactNode } from "react";
import type { Chapter } from "@/lib/chapters";
import { formatDate } from "@/lib/format";
import { chapterPath } from "@/lib/routes";
import { absoluteUrl, repoBranch, repoUrl } from "@/lib/site";
import { Breadcrumbs } from "./breadcrumbs";
import { NewsletterBox } from "./forms/newsletter-box";
import { ChapterSidebar } from "./chapter-sidebar";
import { Pager } from "./pager";
import { ShareButton } from "./share-button.client";
import { TocAside, TocCompact } from "./toc";

interface ArticleLayoutProps {
  chapter: Chapter;
  chapters: Chapter[];
  previous?: Chapter;
  next?: Chapter;
  /** Shown above the body, e.g. the "you were sent a section" note on share pages. */
  notice?: ReactNode;
  children: ReactNode;
}

/**
 * Chapter chrome: chapter list | article | on-page contents on desktop; the contents move to the top of
 * the article on tablets, and everything stacks on phones.
 */
export function ArticleLayout({ chapter, chapters, previous, next, notice, children }: ArticleLayoutProps) {
  const { frontmatter } = chapter;
  const editUrl = `${repoUrl}/edit/${repoBranch}/${chapter.file}`;
  return (
    <div className="mx-auto max-w-[88rem] gap-10 px-4 pt-8 sm:px-6 lg:grid lg:grid-cols-[14rem_minmax(0,1fr)] xl:grid-cols-[14rem_minmax(0,1fr)_14rem]">
      {/* Sidebar */}
      <ChapterSidebar chapters={chapters} currentSlug={chapter.slug} />

      <main id="main" tabIndex={-1} className="min-w-0 focus:outline-none">
        <article>
          <Breadcrumbs crumbs={[{ name: "Guide", path: "/" }, { name: frontmatter.navTitle ?? frontmatter.title }]} />
          <header className="mb-8 max-w-[68ch]">
            <p className="mb-2 text-sm font-semibold text-accent">Chapter {frontmatter.order}</p>
            <h1 className="text-3xl font-bold tracking-tight text-balance md:text-4xl">{frontmatter.title}</h1>
            <p className="mt-4 text-lg text-fg-muted">{frontmatter.description}</p>
            <p className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-fg-muted">
              <span>{chapter.readingMinutes} min read</span>
              <span>
                Last updated <time dateTime={frontmatter.updated}>{formatDate(frontmatter.updated)}</time>
              </span>
              <ShareButton url={absoluteUrl(chapterPath(chapter.slug))} title={frontmatter.title} />
            </p>
          </header>
          {notice}
          <TocCompact toc={chapter.toc} />
          <div className="prose prose-guide">{children}</div>
          <footer className="mt-12 flex max-w-[68ch] flex-wrap justify-between gap-3 border-t border-border pt-5 text-sm text-fg-muted">
            <span>
              Last updated <time dateTime={frontmatter.updated}>{formatDate(frontmatter.updated)}</time>
            </span>
            <a className="no-print underline underline-offset-4 hover:text-fg" href={editUrl} rel="noopener noreferrer">
              Edit this page
            </a>
          </footer>
          <Pager previous={previous} next={next} />
        </article>
        {/* Newsletter, at the end of every chapter (plain form: no JavaScript). Outside <article>: not a section of it. */}
        <div className="mt-12 max-w-[68ch] rounded-xl border border-border bg-accent-soft p-6">
          <NewsletterBox idPrefix="chapter-signup" />
        </div>
      </main>

      {/* On-page contents */}
      <TocAside toc={chapter.toc} />
    </div>
  );
}
