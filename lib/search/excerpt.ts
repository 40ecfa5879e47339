import { escapeRegExp } from "../format";

/** A piece of an excerpt: text, marked when it matched the query. Rendered as text, never as HTML. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}


/**
 * The section's text on one line. The content pipeline ends each block (paragraph, list item, cell) with a
 * newline; a block that ends without punctuation (a list item, a table cell) gets a middle dot after it, so
 * "GDPR in Europe", "HIPAA in US healthcare" read as two items, not as one run-on phrase.
 */
function oneLine(text: string): string {
  let line = "";
  for (const block of text.split(/\s*\n\s*/)) {
    const words = block.replace(/\s+/g, " ").trim();
    if (!words) continue;
    line = !line ? words : /[.!?:;,…]["”’)]?$/.test(line) ? `${line} ${words}` : `${line} · ${words}`;
  }
  return line;
}

/**
 * Where an excerpt centres: on the match that opens the stretch (`span` long) with the most different matched
 * words, the first of equals. The first match alone had often been a common word or a synonym's: "DPO"
 * showed "…customer data, treat a skilled…", not the "data protection officer" further on, and "freelance"
 * a "full-time" hire, not the fractional architect who works "part time".
 */
function densest(text: string, pattern: RegExp, span: number): number {
  const matches = [...text.matchAll(pattern)].map((match) => ({ at: match.index ?? 0, word: match[0].toLowerCase() }));
  let best = { at: -1, words: 0 };
  for (const [i, { at }] of matches.entries()) {
    const words = new Set<string>();
    for (let j = i; j < matches.length && matches[j].at - at < span; j++) words.add(matches[j].word);
    if (words.size > best.words) best = { at, words: words.size };
  }
  return best.at;
}

/**
 * A short excerpt of `text` around its best match (see `densest`), split into marked and unmarked parts.
 * `terms` are the document terms MiniSearch matched (after prefix or fuzzy expansion).
 */
export function makeExcerpt(text: string, terms: readonly string[], length = 180): ExcerptPart[] {
  const flat = oneLine(text);
  const usable = terms.filter((term) => term.length > 1).sort((a, b) => b.length - a.length);
  const pattern = usable.length ? new RegExp(`\\b(${usable.map(escapeRegExp).join("|")})\\b`, "gi") : undefined;
  // Up to 40 characters of lead-in before the match (less for a short excerpt, so the match stays in it).
  const lead = Math.min(40, Math.floor(length / 3));
  const first = pattern ? densest(flat, pattern, length - lead) : -1;
  let start = first > lead + 20 ? flat.lastIndexOf(" ", first - lead) + 1 : 0;
  if (start < 0) start = 0;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = Math.max(flat.lastIndexOf(" ", end), start + 1);
  // A cut next to a list separator drops the separator: "…HIPAA", not "…· HIPAA".
  const cut = flat.slice(start, end).replace(/^· /, "").replace(/ ·$/, "");
  const window = `${start > 0 ? "…" : ""}${cut}${end < flat.length ? "…" : ""}`;
  if (!pattern) return [{ text: window, marked: false }];
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const match of window.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: window.slice(last, index), marked: false });
    parts.push({ text: match[0], marked: true });
    last = index + match[0].length;
  }
  if (last < window.length) parts.push({ text: window.slice(last), marked: false });
  return parts;
}
