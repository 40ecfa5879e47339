import "server-only";
import MiniSearch from "minisearch";
import { getAllChapters, type Chapter } from "./chapters";
import { perProcess } from "./per-process";
import { faqEntries } from "./faq";
import { marketNotes, salaryBands } from "./salary-bands";
import { buildSearchDocuments } from "./search/documents";
import { toSearchHit, type SearchHit } from "./search/hits";
import { tools } from "./tools/catalog";
import { indexOptions, normaliseQuery, queryOptions, type SearchDocument } from "./search/options";
import { runQuery } from "./search/query";

export type { SearchHit } from "./search/hits";

/** What a search returns: the query actually run, whether the input was cut, the best hits and how many matched. */
export interface SearchResult {
  query: string;
  truncated: boolean;
  hits: SearchHit[];
  /** Every hit that matched, of which `hits` are the best (at most `maxHits`). */
  total: number;
}

/** The most hits a search returns: past the first twenty, a reader refines the query rather than reads on. */
export const maxHits = 20;

type State = { chapters: Chapter[]; index: MiniSearch<SearchDocument>; results: Map<string, { hits: SearchHit[]; total: number }> };
/** One index per process (lib/per-process.ts): the /search page and /api/search would each build their own. */
const store = perProcess<{ cached: State }>("search");

/** Where the FAQ lives: the chapter that renders <FaqList /> unfiltered (the `faq` chapter). */
const faqPath = "/faq";
/** How many recent queries keep their hits in memory (the hot queries of a day fit easily). */
const resultCacheSize = 500;

/**
 * The search index, built once from the one content pipeline (not per request); rebuilt only when the
 * pipeline hands back new chapters, which happens under `next dev` after an edit.
 */
async function getSearchState() {
  const chapters = await getAllChapters();
  if (store.cached?.chapters !== chapters) {
    const index = new MiniSearch<SearchDocument>(indexOptions);
    index.addAll(buildSearchDocuments({ chapters, faq: faqEntries, bands: salaryBands, notes: marketNotes, tools, faqPath }));
    store.cached = { chapters, index, results: new Map() };
  }
  return store.cached;
}

/**
 * Runs a reader's query: its best hits, at most `limit` (and never more than `maxHits`). Any input is
 * accepted: it is normalised, never evaluated, and may return nothing. Hits of recent queries are kept
 * (least recently used dropped first), since the index never changes within a build.
 */
export async function searchGuide(raw: unknown, limit = maxHits): Promise<SearchResult> {
  const { query, truncated } = normaliseQuery(raw);
  if (!query) return { query, truncated, hits: [], total: 0 };
  const { index, results } = await getSearchState();
  let found = results.get(query);
  if (found) {
    results.delete(query); // re-insert: Map order is the recency order
  } else {
    const all = runQuery(index, query, queryOptions);
    found = { hits: all.slice(0, maxHits).map((result) => toSearchHit(result)), total: all.length };
    if (results.size >= resultCacheSize) results.delete(results.keys().next().value!);
  }
  results.set(query, found);
  return { query, truncated, hits: found.hits.slice(0, limit), total: found.total };
}
