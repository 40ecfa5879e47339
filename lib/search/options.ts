import type { Options, SearchOptions } from "minisearch";

/**
 * One searchable unit: a chapter section, an entry of a reference chapter (a glossary definition), a FAQ
 * answer, a salary figure or a hiring tool. Each links to its exact spot.
 */
export interface SearchDocument {
  id: string;
  kind: "section" | "definition" | "faq" | "salary" | "tool";
  /** Section heading, FAQ question or salary label: matches here rank highest. */
  title: string;
  /** Chapter (or page) the result belongs to, as shown. */
  chapter: string;
  /** True for a chapter's introduction, whose title already is the chapter's name (see `context` below). */
  intro?: boolean;
  /** Where the result lands: `/chapter#section`, `/faq#id`, `/salaries#band` or a tool such as `/plan`. */
  href: string;
  /** Plain text of the section or answer. */
  text: string;
  /**
   * The words of the section's id, e.g. "compliance" for `#compliance`. Authors pin ids to name what a
   * section is about, often in the reader's own word where the heading is more literary, so they rank
   * like a title: a search for a regulation lands on the regulation section, not on passing mentions.
   * The titles of the section's boxes join them ("Do I need an AI Architect?" opens the first chapter).
   */
  keywords?: string;
  /** Words a reader may search with that the text does not use: found like body text, never shown in an excerpt. */
  terms?: string;
}

/**
 * Words that carry no meaning in a question ("what does HIPAA change?", "how much does an architect
 * cost?"): ignored when indexing and searching. A query's other words are all expected in the best hits
 * (lib/search/query.ts), so a word left out here would demote every section that happens not to use it:
 * "AI engineer vs AI architect" had put the salary bands first, the only entries with "vs" in them. "us"
 * is not one: it is how readers write "US". The ends of "HIPAA's", "don't", "we'll", "they're" are (s, t,
 * ll, re, ve, d, m): the tokenizer splits at the apostrophe, and "s" alone had matched any word.
 */
const stopWords = new Set(
  ("a about an and any are as at be by can could d define definition do does for from get has have how i " +
    "if in into is it its ll m matter matters me mean means meaning much many my of on or our re s should so " +
    "some t than that the their them there these they this those to ve versus vs was we what when where " +
    "which who why will with would you your").split(" "),
);

/**
 * Lower-cases a word and drops its accents ("résumé" finds "resume") and a currency sign in front ("$200K" is
 * found by "200k", as readers type it; the sign had kept it from every query without one), or gives null for a
 * stop word: the same for the index and for queries.
 */
export const processTerm = (term: string): string | null => {
  const lower = term.normalize("NFD").replace(/\p{Mn}/gu, "").replace(/^\p{Sc}+/u, "").toLowerCase();
  return stopWords.has(lower) ? null : lower;
};

/**
 * Index options. The index lives on the server only: the /search page and the search dialog (through
 * /api/search) ask it, so a guide of any size costs the reader one small JSON response per query.
 * MiniSearch was chosen because it is small, has no dependencies, and does prefix and fuzzy matching and
 * per-field boosts out of the box.
 */
export const indexOptions: Options<SearchDocument> = {
  // `context` is the chapter's name as searched, ranking a little above body text. A chapter's introduction
  // leaves it out: its title already is the chapter's name, and counting it twice put the FAQ's
  // introduction first for any query with "questions" in it.
  fields: ["title", "keywords", "context", "text", "terms"],
  extractField: (document, field) => (field === "context" ? (document.intro ? undefined : document.chapter) : document[field as keyof SearchDocument]),
  storeFields: ["kind", "title", "chapter", "href", "text"],
  processTerm,
};

/**
 * How much a definition (an entry of a reference chapter, kind "definition") counts: a glossary entry
 * titled "HIPAA" had outranked the chapter on it.
 */
const referenceWeight = 0.5;

/** Query options: headings and questions count three times body text; prefixes and small typos match. */
export const queryOptions: SearchOptions = {
  boost: { title: 3, keywords: 3, context: 1.2, text: 1, terms: 1 },
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  combineWith: "OR",
  boostDocument: (_id, _term, stored) => (stored?.kind === "definition" ? referenceWeight : 1),
};

/** Longest query we search for; longer input is cut here (and the page says so). */
export const maxQueryLength = 200;
/** At most this many words of a query are used, so a pasted essay cannot make search slow. */
export const maxQueryTerms = 12;

/**
 * Normalises raw user input into the query we actually run (never throws). A long query is cut at whole
 * characters and, when the cut falls inside a word, before that word: it had left half an emoji, echoed on the
 * page, or searched "arch" for "architecture".
 */
export function normaliseQuery(raw: unknown): { query: string; truncated: boolean } {
  const text = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const clean = String(text).replace(/\s+/g, " ").trim();
  const characters = Array.from(clean);
  let kept = characters.slice(0, maxQueryLength).join("");
  if (characters.length > maxQueryLength && characters[maxQueryLength] !== " " && kept.includes(" ")) kept = kept.slice(0, kept.lastIndexOf(" "));
  const words = kept.trim().split(" ").slice(0, maxQueryTerms).join(" ");
  return { query: words, truncated: words.length < clean.length };
}
