import MiniSearch, { type Query, type SearchResult } from "minisearch";
import { editDistance } from "../edit-distance";
import { maxQueryTerms, processTerm } from "./options";
import { synonymGroups } from "./synonyms";

const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

/** A query's meaningful words, as the index sees them (same tokenizer, stop words dropped). */
function words(text: string): string[] {
  return tokenize(text).flatMap((token) => processTerm(token) || []);
}

/**
 * Whether every word of a query is one search ignores ("how much does it", "a"): nothing was searched, so a
 * reader is told to add a topic, not to use fewer words. Punctuation alone ("!!!") has no words, so is not.
 */
export function onlyCommonWords(query: string): boolean {
  const tokens = tokenize(query).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => processTerm(token) === null);
}

/** Each synonym group's phrases as word lists, longest first, so "red flags" wins over "red". */
const groups = synonymGroups.map((group) => group.map(words).filter((phrase) => phrase.length > 0));
const phrases = groups
  .flatMap((group, groupIndex) => group.map((phrase) => ({ phrase, groupIndex })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** The one-word phrases of the groups, for catching a misspelt one. */
const groupWords = groups.flatMap((group, groupIndex) => group.filter((phrase) => phrase.length === 1).map(([word]) => ({ word, groupIndex })));

/**
 * The group of a misspelt group word: "intervewing" is "interviewing", "recruting" "recruiting". The index
 * forgives small typos by itself, but only in words it holds, and the guide writes "interview", not
 * "interviewing", which only the group knows. So only a word the guide does not use (`known` says) is
 * corrected, to the closest group word: one letter off from eight letters, two from ten (shorter words are
 * too easily another word: "ranking" is one letter from "banking").
 */
function misspeltGroup(word: string, known: (word: string) => boolean): number | undefined {
  const allowed = word.length >= 10 ? 2 : word.length >= 8 ? 1 : 0;
  if (allowed === 0) return undefined;
  let best: { distance: number; groupIndex: number } | undefined;
  for (const candidate of groupWords) {
    // "outsourced" is "outsource" inflected, not misspelt: the group's sense may not be the reader's
    // ("in-house vs outsourced" asks about outside help, not offshore teams).
    if (word.startsWith(candidate.word)) continue;
    const distance = editDistance(word, candidate.word);
    if (distance <= allowed && (!best || distance < best.distance)) best = { distance, groupIndex: candidate.groupIndex };
  }
  return best && best.distance > 0 && !known(word) ? best.groupIndex : undefined;
}

/**
 * A reader's word is a group word, or its plural: "freelancers", "consultants", "headhunters" had found
 * nothing, as the groups list "freelancer" and "consultant" and the guide uses neither word.
 */
const sameWord = (typed: string | undefined, word: string) => typed === word || typed === `${word}s` || typed === `${word}es`;

/**
 * The form the guide writes of an inflected word it does not use: "vetted" → "vet",
 * "screened" → "screen", "hired" → "hire" (the first of these forms the guide uses), else undefined. The
 * index keeps words as written (prefixes find "vet" → "vetting", never "vetted" → "vet"), and "vetted" had
 * found nothing. Hand-written: a stemmer would have to stem the whole index too, changing every ranking and
 * the words marked in excerpts, for the few inflections readers type that the guide does not use.
 */
function writtenForm(word: string, known: (word: string) => boolean): string | undefined {
  const forms: string[] = [];
  for (const [ending, replacement] of [["ies", "y"], ["ied", "y"], ["ing", ""], ["ed", ""], ["es", ""], ["s", ""], ["d", ""]] as const) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const base = word.slice(0, -ending.length) + replacement;
    forms.push(base);
    // "vett" is "vet" with its last letter doubled before the ending.
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) forms.push(base.slice(0, -1));
  }
  return forms.find((form) => form !== word && form.length >= 3 && known(form));
}

/**
 * The guide's word for the other number of `word`, when it is more than the one letter a known word's leeway
 * covers: "companies" ↔ "company", "businesses" ↔ "business", "study" → "studies". Each had found only the
 * sections that use the form typed (or none), else undefined.
 */
function otherNumber(word: string, known: (word: string) => boolean): string | undefined {
  // "-es" only after the letters that take it ("businesses", "matches"): "notes" is "note" + s, not "not".
  const forms = word.endsWith("ies")
    ? [`${word.slice(0, -3)}y`]
    : /(ss|x|z|ch|sh)es$/.test(word)
      ? [word.slice(0, -2)]
      : /[^aeiou]y$/.test(word)
        ? [`${word.slice(0, -1)}ies`]
        : /(ss|x|z|ch|sh)$/.test(word)
          ? [`${word}es`]
          : [];
  return forms.find((form) => form.length >= 3 && known(form));
}

/**
 * One concept of a query: a word, or a phrase with its synonyms. Each alternative is a list of words, all
 * needed; `typed` is the alternative the reader wrote.
 */
interface Concept {
  typed: string[];
  alternatives: string[][];
  /** Every typed word is one the guide uses (`known`): a word it uses is no typo. */
  known?: boolean;
}

/**
 * Splits a query into concepts: a phrase from a synonym group becomes that group, and so does a misspelt
 * group word the guide does not use (`known` tells which words it uses); any other word stands alone.
 */
export function concepts(query: string, known: (word: string) => boolean = () => true): Concept[] {
  // The word cap again after tokenizing: "cost-cost-cost…" is one word to normaliseQuery, many here.
  const list = words(query).slice(0, maxQueryTerms);
  const found: Concept[] = [];
  for (let at = 0; at < list.length; ) {
    const hit = phrases.find(({ phrase }) => phrase.every((word, i) => sameWord(list[at + i], word)));
    const typed = hit ? list.slice(at, at + hit.phrase.length) : [list[at]];
    const misspelt = hit ? undefined : misspeltGroup(list[at], known);
    const group = hit ? groups[hit.groupIndex] : undefined;
    // A plural the group does not list ("freelancers") is searched as typed too, at full weight.
    const listed = group?.some((phrase) => phrase.join(" ") === typed.join(" "));
    const written = group || misspelt !== undefined || known(list[at]) ? undefined : writtenForm(list[at], known);
    const other = group || misspelt !== undefined || written ? undefined : otherNumber(list[at], known);
    const alternatives = group ? (listed ? group : [typed, ...group]) : misspelt !== undefined ? [typed, ...groups[misspelt]] : written ? [typed, [written]] : other ? [typed, [other]] : [typed];
    // A compound written closed up ("parttime") is its spaced phrase as typed ("part time"), at full weight: as a
    // synonym of what the reader wrote it had counted less, and ordered the hits otherwise than "part-time" does.
    const spaced = typed.length === 1 ? group?.find((phrase) => phrase.length > 1 && phrase.join("") === typed[0]) : undefined;
    found.push({ typed: spaced ?? typed, alternatives, known: (spaced ?? typed).every(known) });
    at += typed.length;
  }
  return found;
}

/** How much a synonym's match counts beside the word the reader typed: "salary" still opens on the salaries. */
const synonymWeight = 0.4;

/** "What is MLOps?", "what are microservices", "define CI/CD", "what does SaaS mean", "what does an AI Architect do". */
export function asksWhatItIs(query: string): boolean {
  const text = query.trim().toLowerCase();
  return /^(what\s+(is|are)\b|what's\b|define\b|definition\s+of\b|meaning\s+of\b)/.test(text) || /^what\s+does\b.*\b(mean|do)\W*$/.test(text);
}

/**
 * A word the guide uses is no typo, so it keeps one letter of leeway only, for its singular or plural
 * ("engineers" also finds "engineer"): "learning" had found "warning" two letters off, putting the warning
 * signs above machine learning, and "deep learning" opened on them.
 */
const knownWordFuzzy = (term: string) => (term.length >= 5 ? 1 : false);

/**
 * A synonym counts less. A synonym phrase is matched without typo allowance: nobody mistyped words they did
 * not type, and "data protection" (for "GDPR") had found "data" and "production", putting the engineer
 * checks above the GDPR entry. A one-word synonym keeps it, as it finds an inflection the index holds
 * instead ("costs" finds "cost").
 */
const conceptQuery = ({ typed, alternatives, known }: Concept): Query => ({
  combineWith: "OR",
  queries: alternatives.map((alternative) => ({
    combineWith: "AND",
    queries: alternative,
    ...(alternative.join(" ") === typed.join(" ")
      ? known && { fuzzy: knownWordFuzzy }
      : { boostTerm: () => synonymWeight, ...(alternative.length > 1 && { fuzzy: false }) }),
  })),
});

/**
 * Runs a query on the index: any concept may match, but hits that match more of the query's concepts come
 * first, each tier in score order. "interview questions" then opens on the sections about interview
 * questions, not on the FAQ whose title says "questions"; "chief AI officer" on the section that names the
 * Chief AI Architect, not on any of the many that say "AI". One search does all tiers: a hit's
 * `queryTerms` tell which concepts it matched.
 */
export function runQuery<T>(index: MiniSearch<T>, query: string, options: Parameters<MiniSearch<T>["search"]>[1]): SearchResult[] {
  // A word the guide uses is one the index finds as typed (no prefix, no typo allowance). Asked once per word:
  // concepts() asks of a word both to pick its form and to mark the concept.
  const found = new Map<string, boolean>();
  const known = (word: string) => found.get(word) ?? found.set(word, index.search(word, { prefix: false, fuzzy: false }).length > 0).get(word)!;
  const parts = concepts(query, known);
  if (parts.length === 0) return [];
  const results = index.search({ combineWith: "OR", queries: parts.map(conceptQuery) }, options);
  const covered = (result: SearchResult) =>
    parts.filter((concept) => concept.alternatives.some((alternative) => alternative.every((word) => result.queryTerms.includes(word)))).length;
  // A reference entry (the glossary) answers a bare term ("MLOps"). Any longer question ("what does HIPAA
  // change?") is answered by the chapters first, so there it goes last in its tier...
  const isDefinition = (result: SearchResult) => result.kind === "definition";
  const late = (result: SearchResult) => (parts.length > 1 && isDefinition(result) ? 1 : 0);
  // Array.prototype.sort is stable: within a tier the score order stays.
  const ranked = results
    .map((result) => ({ result, concepts: covered(result), late: late(result) }))
    .sort((a, b) => b.concepts - a.concepts || a.late - b.late);
  // ...except a question about what something is ("what is an AI Architect?"): its best definition in the
  // top tier opens the list, and the chapters follow. Only a definition of that thing, whose title holds every
  // word asked about as typed (or its singular), not a synonym: "what is a work sample" had opened on MLOps,
  // found through a synonym's near-spelling, and "what are salaries" on pay transparency.
  const titled = (result: SearchResult) => {
    const title = new Set(words(String(result.title ?? "")));
    return parts.every((concept) => concept.typed.every((word) => title.has(word) || title.has(word.replace(/s$/, ""))));
  };
  const definition = asksWhatItIs(query) ? ranked.findIndex((hit) => isDefinition(hit.result) && hit.concepts === ranked[0].concepts && titled(hit.result)) : -1;
  if (definition > 0) ranked.unshift(...ranked.splice(definition, 1));
  return ranked.map(({ result }) => result);
}
