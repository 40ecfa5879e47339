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
  let section: TocEntry | undefined; // the last h2: h3s nest under it, h3s before any h2 stay top-level
  for (const heading of headings) {
    const entry: TocEntry = { id: heading.id, title: heading.title, children: [] };
    if (heading.depth === 3 && section) section.children.push(entry);
    else toc.push(entry);
    if (heading.depth === 2) section = entry;
  }
  return toc;
}
