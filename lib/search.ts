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
import { maxListed, pageSize, pageWindow } from "./search/paging";
import { onlyCommonWords, runQuery } from "./search/query";

export type { SearchHit } from "./search/hits";

/** What a search returns: the query actually run, whether the input was cut, one page of hits and how many matched. */
export interface SearchResult {
  query: string;
  truncated: boolean;
  /** The hits of the page shown, best first. */
  hits: SearchHit[];
  /** Every hit that matched, of which `hits` are a page (at most `pageSize`). */
  total: number;
  /** The page shown (the one asked for, moved into range), how many pages there are, and where it starts among all hits (from 0). */
  page: number;
  pages: number;
  offset: number;
  /** How many of `total` the pages reach (at most `maxListed`): past them a reader narrows the search. */
  listed: number;
  /** True when every word of the query is one search ignores ("how much does it"): nothing was searched. */
  common: boolean;
}

/**
 * A recent query's answer: its best `maxListed` as document ids with the words each matched (small: the
 * stored fields stay in the index), and the first page's hits ready made, which the dialog and most
 * readers of /search need and nothing more.
 */
type Found = { ranked: { id: string; terms: string[] }[]; total: number; first: SearchHit[] };
type State = { chapters: Chapter[]; index: MiniSearch<SearchDocument>; results: Map<string, Found> };
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
 * Runs a reader's query: page `page` of its hits, `limit` to a page (never more than `pageSize`); a page
 * past the last is the last. Any input is accepted: it is normalised, never evaluated, and may return
 * nothing. The ranking of recent queries is kept (least recently used dropped first), since the index never
 * changes within a build; a later page makes its hits from it.
 */
export async function searchGuide(raw: unknown, limit = pageSize, page = 1): Promise<SearchResult> {
  const { query, truncated } = normaliseQuery(raw);
  const size = Math.max(1, Math.min(limit, pageSize));
  if (!query) return { query, truncated, hits: [], total: 0, ...pageWindow(1, 0, size), common: false };
  const { index, results } = await getSearchState();
  let found = results.get(query);
  if (found) {
    results.delete(query); // re-insert: Map order is the recency order
  } else {
    const all = runQuery(index, query, queryOptions);
    found = {
      ranked: all.slice(0, maxListed).map(({ id, terms }) => ({ id: String(id), terms })),
      total: all.length,
      first: all.slice(0, pageSize).map((result) => toSearchHit(result)),
    };
    if (results.size >= resultCacheSize) results.delete(results.keys().next().value!);
  }
  results.set(query, found);
  const window = pageWindow(page, found.total, size);
  const hits =
    window.offset + size <= pageSize // within the first page, which `first` holds (all of it when fewer matched)
      ? found.first.slice(window.offset, window.offset + size)
      : found.ranked.slice(window.offset, window.offset + size).map(({ id, terms }) => toSearchHit({ ...index.getStoredFields(id), terms }));
  return { query, truncated, hits, total: found.total, ...window, common: found.total === 0 && onlyCommonWords(query) };
}
