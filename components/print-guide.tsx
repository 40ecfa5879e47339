import type { Chapter } from "@/lib/chapters";
import { formatDate } from "@/lib/format";
import { printAnchor } from "@/lib/routes";
import { site } from "@/lib/site";
import { PrintChapterBody } from "./chapter-body";
import { PrintButton } from "./print-button.client";
import { ScrollBoxFocus } from "./scroll-box-focus.client";
import { chapterKicker } from "@/lib/schemas/article";

/**
 * The whole guide on one page, in reading order: a table of contents that links within the page, then
 * every chapter with its title, description and date. The print stylesheet (app/globals.css) turns it
 * into a clean document with the FAQ answers open; the contents are a section, not a <nav>, so they print.
 */
export function PrintGuide({ chapters }: { chapters: Chapter[] }) {
  const printed = new Set(chapters.map((chapter) => chapter.slug));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none sm:px-6 print:p-0">
      <h1 className="text-3xl font-bold tracking-tight text-balance md:text-4xl">{site.name}</h1>
      <p className="mt-4 text-lg text-fg-muted">{site.description}</p>
      <p className="no-print mt-4 flex flex-wrap items-center gap-3 text-sm text-fg-muted">
        <PrintButton />
        <span>Every chapter on one page, to print or save as a PDF with your browser&rsquo;s Print command.</span>
      </p>

      {/* Contents */}
      <section aria-labelledby="print-contents" className="mt-10 rounded-xl border border-border p-5">
        <h2 id="print-contents" className="text-xl font-semibold">Contents</h2>
        {/* Each entry named as the site names it ("Chapter 3", "Reference"): list numbers had called the glossary 9. */}
        <ol className="mt-3 space-y-2">
          {chapters.map((chapter) => (
            <li key={chapter.slug} data-print-contents-entry>
              <span className="text-sm text-fg-muted">{chapterKicker(chapter.frontmatter)}: </span>
              <a className="font-medium text-accent underline underline-offset-2" href={`#${printAnchor(chapter.slug)}`}>
                {chapter.frontmatter.title}
              </a>
              {chapter.toc.length > 0 && (
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                  {chapter.toc.map((entry) => (
                    <li key={entry.id}>
                      <a className="underline underline-offset-2" href={`#${printAnchor(chapter.slug, entry.id)}`}>
                        {entry.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      {/* Chapters */}
      {chapters.map((chapter) => (
        <section key={chapter.slug} aria-labelledby={printAnchor(chapter.slug)} className="print-chapter mt-16">
          <p className="text-sm font-semibold text-accent">{chapterKicker(chapter.frontmatter)}</p>
          <h2 id={printAnchor(chapter.slug)} className="mt-1 text-2xl font-bold tracking-tight text-balance md:text-3xl">
            {chapter.frontmatter.title}
          </h2>
          <p className="mt-3 text-fg-muted">{chapter.frontmatter.description}</p>
          <p className="mt-2 text-sm text-fg-muted">
            Last updated <time dateTime={chapter.frontmatter.updated}>{formatDate(chapter.frontmatter.updated)}</time>
          </p>
          <div className="prose prose-guide mt-8">
            <PrintChapterBody chapter={chapter} printedSlugs={printed} />
          </div>
        </section>
      ))}
      {/* As under a chapter: a table that fits is no Tab stop and no named region. */}
      <ScrollBoxFocus />
    </main>
  );
}
