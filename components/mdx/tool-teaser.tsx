import type { ReactNode } from "react";

/**
 * `<ToolTeaser tool="plan" />`: a compact box pointing to one of the hiring tools. Its text and link are
 * generated from lib/data/tools.ts at compile time (lib/content/data-blocks.ts), so search and the link
 * check see them; this only styles the box. Left out of print, where a button to a web tool means nothing.
 */
export function ToolTeaser({ children }: { children?: ReactNode; tool?: string }) {
  return (
    <div
      data-tool-teaser
      className="no-print my-6 rounded-xl border border-border bg-accent-soft px-5 py-4 [&_a]:font-semibold [&>p]:my-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0"
    >
      {children}
    </div>
  );
}
