import type { TocEntry } from "@/lib/toc";
import { TocHighlight } from "./toc-highlight.client";

function TocList({ entries, nested = false }: { entries: TocEntry[]; nested?: boolean }) {
  return (
    <ul className={nested ? "mt-1 space-y-1 border-l border-border pl-3" : "space-y-1.5"}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a
            href={`#${entry.id}`}
            data-toc-link={entry.id}
            className="block rounded py-0.5 text-fg-muted hover:text-fg aria-[current]:font-semibold aria-[current]:text-accent"
          >
            {entry.title}
          </a>
          {entry.children.length > 0 && <TocList entries={entry.children} nested />}
        </li>
      ))}
    </ul>
  );
}

/** Tablet and phone: the table of contents at the top of the chapter, as a closed disclosure. */
export function TocCompact({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <details className="no-print mb-8 max-w-[68ch] rounded-lg border border-border bg-bg-subtle px-4 py-3 text-sm xl:hidden">
      <summary className="cursor-pointer font-semibold">On this page</summary>
      <nav aria-label="On this page (compact)" className="mt-3">
        <TocList entries={toc} />
      </nav>
    </details>
  );
}

/**
 * Desktop: the on-page table of contents as a sticky right column, rendered on the server. The only
 * client code is TocHighlight, which marks the entry being read.
 */
export function TocAside({ toc }: { toc: TocEntry[] }) {
  if (toc.length === 0) return null;
  const ids = toc.flatMap((entry) => [entry.id, ...entry.children.map((child) => child.id)]);
  return (
    <aside className="no-print hidden xl:block">
      <nav aria-label="On this page" className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto text-sm">
        <h2 className="mb-3 text-xs font-semibold tracking-wide text-fg-muted uppercase">On this page</h2>
        <TocList entries={toc} />
      </nav>
      <TocHighlight ids={ids} />
    </aside>
  );
}
