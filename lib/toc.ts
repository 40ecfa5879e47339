import type { HeadingInfo } from "./content/collect";

/** One entry of the on-page table of contents; h3s nest under the h2 before them. */
export interface TocEntry {
  id: string;
  title: string;
  children: TocEntry[];
}

/** Builds the nested table of contents from a chapter's headings (pure; rendered on the server). */
export function buildToc(headings: readonly Pick<HeadingInfo, "id" | "title" | "depth">[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    const entry = { id: heading.id, title: heading.title, children: [] };
    const parent = toc.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}
