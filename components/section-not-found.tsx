import type { Chapter } from "@/lib/chapters";
import { chapterPath } from "@/lib/routes";
import { navLabel } from "@/lib/schemas/article";
import { getShareableSections } from "@/lib/sections";
import type { TocEntry } from "@/lib/toc";
import { AppLink } from "./app-link";
import { SearchForm } from "./search-form";

/** The chapter's sections as links into it, h3s under their h2. */
function SectionList({ entries, path }: { entries: TocEntry[]; path: string }) {
  return (
    <ul className="mt-2 space-y-1.5 pl-5 [list-style:disc]">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`${path}#${entry.id}`} className="text-accent underline underline-offset-4">
            {entry.title}
          </a>
          {entry.children.length > 0 && <SectionList entries={entry.children} path={path} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * What a reader sees who followed a link to a section a chapter does not have (a heading renamed since the link
 * was shared, or a link cut short or mistyped: the page cannot tell which, so it says both): the chapter named,
 * its sections to choose from, and search. Served with status 404.
 */
export function SectionNotFound({ chapter }: { chapter: Chapter }) {
  const path = chapterPath(chapter.slug);
  const title = navLabel(chapter.frontmatter);
  // A FAQ answer has a share page too; the FAQ's questions come from its data, not its headings.
  const answers = getShareableSections(chapter)
    .filter((section) => section.kind === "answer")
    .map((answer) => ({ id: answer.id, title: answer.title, children: [] }));
  return (
    <main id="main" tabIndex={-1} className="min-w-0 max-w-[68ch] pb-16 focus:outline-none">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">“{title}” has no section at that address</h1>
      <p className="mt-4 text-lg text-fg-muted">
        The section may have been renamed since the link was shared, or the link may have been cut short or mistyped. Look for it below.
      </p>
      {chapter.toc.length > 0 && (
        <>
          <h2 className="mt-8 text-xl font-semibold">Sections of “{title}”</h2>
          <SectionList entries={chapter.toc} path={path} />
        </>
      )}
      {answers.length > 0 && (
        <>
          <h2 className="mt-8 text-xl font-semibold">Questions answered in “{title}”</h2>
          <SectionList entries={answers} path={path} />
        </>
      )}
      <p className="mt-6">
        <AppLink href={path} className="font-semibold text-accent underline underline-offset-4">
          Read “{title}” from the start
        </AppLink>
      </p>
      <div className="mt-8 max-w-sm">
        <SearchForm id="section-not-found-search" name="Find a page" button />
      </div>
    </main>
  );
}
