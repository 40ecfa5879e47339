import { makeExcerpt, type ExcerptPart } from "./excerpt";
import type { SearchDocument } from "./options";

/** One search hit, ready to render (on the /search page and in the dialog alike). */
export interface SearchHit {
  href: string;
  kind: SearchDocument["kind"];
  title: string;
  /** The title split into parts, matched words marked. */
  titleParts: ExcerptPart[];
  chapter: string;
  excerpt: ExcerptPart[];
}

/** A document's stored fields (lib/search/options.ts) and the indexed words a query matched in it. */
export type FoundDocument = Record<string, unknown> & { terms: string[] };

/** Turns a MiniSearch result (or stored fields and matched words) into a hit with marked title and excerpt. */
export function toSearchHit(result: FoundDocument, excerptLength = 180): SearchHit {
  const title = result.title as string;
  return {
    href: result.href as string,
    kind: result.kind as SearchDocument["kind"],
    title,
    titleParts: makeExcerpt(title, result.terms, 500),
    chapter: result.chapter as string,
    excerpt: makeExcerpt(result.text as string, result.terms, excerptLength),
  };
}
