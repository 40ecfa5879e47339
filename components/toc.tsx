import type { TocEntry } from "@/lib/toc";
import { TocHighlight } from "./toc-highlight.client";

function TocList({ entries, nested = false }: { entries: TocEntry[]; nested?: boolean }) {
  return (
    <ul className={nested ? "mt-1 space-y-1 border-l border-border pl-3" : "space-y-1.5"}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`} data-toc-link={entry.id} className="toc-link block rounded py-0.5">
            {entry.title}
          </a>
          {entry.children.length > 0 && <TocList entries={entry.children} nested />}
        </li>
      ))}
    </ul>
  );
}

/**
 * The on-page table of contents, written once: a sticky right-hand column from 80rem of page width up, an "On this page"
 * disclosure at the top of the chapter below that (`@7xl:open-wide`, see app/styles/open-wide.css). Rendered on the server;
 * the only client code is TocHighlight, which marks the entry being read.
 */
export function Toc({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  const ids = toc.flatMap((entry) => [entry.id, ...entry.children.map((child) => child.id)]);
  return (
    <details className="toc no-print @7xl:open-wide mb-8 max-w-[68ch] rounded-lg border border-border bg-bg-subtle px-4 py-3 text-sm @7xl:mb-0 @7xl:border-0 @7xl:bg-transparent @7xl:p-0">
      <summary className="cursor-pointer font-semibold">On this page</summary>
      <nav aria-label="On this page" data-toc-box className="mt-3 @7xl:sticky @7xl:top-20 @7xl:-mx-1.5 @7xl:mt-0 @7xl:max-h-[calc(100vh-6rem)] @7xl:overflow-y-auto @7xl:scroll-py-2 @7xl:px-1.5 @7xl:py-1.5">
        <p className="mb-3 hidden text-xs font-semibold tracking-wide text-fg-muted uppercase @7xl:block">On this page</p>
        <TocList entries={toc} />
      </nav>
      <TocHighlight ids={ids} />
    </details>
  );
}
