/** A piece of an excerpt: text, marked when it matched the query. Rendered as text, never as HTML. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A short excerpt of `text` around the first matched term, split into marked and unmarked parts.
 * `terms` are the document terms MiniSearch matched (after prefix or fuzzy expansion).
 */
export function makeExcerpt(text: string, terms: readonly string[], length = 180): ExcerptPart[] {
  const flat = text.replace(/\s+/g, " ").trim();
  const usable = terms.filter((term) => term.length > 1).sort((a, b) => b.length - a.length);
  const pattern = usable.length ? new RegExp(`\\b(${usable.map(escapeRegExp).join("|")})`, "gi") : undefined;
  const first = pattern ? flat.search(pattern) : -1;
  let start = first > 60 ? flat.lastIndexOf(" ", first - 40) + 1 : 0;
  if (start < 0) start = 0;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = Math.max(flat.lastIndexOf(" ", end), start + 1);
  const window = `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
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
