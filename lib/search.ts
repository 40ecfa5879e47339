import "server-only";
import MiniSearch from "minisearch";
import { getAllChapters, type Chapter } from "./chapters";
import { faqEntries } from "./faq";
import { marketNotes, salaryBands } from "./salary-bands";
import { buildSearchDocuments } from "./search/documents";
import { toSearchHit, type SearchHit } from "./search/hits";
import { tools } from "./tools/catalog";
import { indexOptions, normaliseQuery, queryOptions, type SearchDocument } from "./search/options";

export type { SearchHit } from "./search/hits";

let cached: { chapters: Chapter[]; index: MiniSearch<SearchDocument> } | undefined;

/** Where the FAQ lives: the chapter that renders <FaqList /> unfiltered (the `faq` chapter). */
const faqPath = "/faq";

/**
 * The search index, built once from the one content pipeline (not per request); rebuilt only when the
 * pipeline hands back new chapters, which happens under `next dev` after an edit.
 */
export async function getSearchIndex(): Promise<MiniSearch<SearchDocument>> {
  const chapters = await getAllChapters();
  if (cached?.chapters !== chapters) {
    const index = new MiniSearch<SearchDocument>(indexOptions);
    index.addAll(buildSearchDocuments({ chapters, faq: faqEntries, bands: salaryBands, notes: marketNotes, tools, faqPath }));
    cached = { chapters, index };
  }
  return cached.index;
}

/** Runs a reader's query. Any input is accepted: it is normalised, never evaluated, and may return nothing. */
export async function searchGuide(raw: unknown, limit = 20): Promise<{ query: string; truncated: boolean; hits: SearchHit[] }> {
  const { query, truncated } = normaliseQuery(raw);
  if (!query) return { query, truncated, hits: [] };
  const results = (await getSearchIndex()).search(query, queryOptions).slice(0, limit);
  return {
    query,
    truncated,
    hits: results.map((result) => toSearchHit(result)),
  };
}
