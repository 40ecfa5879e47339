/** Formats an ISO date (YYYY-MM-DD) for readers, e.g. "17 April 2026". Pure; no time zone drift. */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A string matched literally inside a regular expression (every special character escaped). */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A title or list item as it reads inside a sentence: "Rules specific to finance" → "rules specific to
 * finance", "A full-time AI Architect" → "a full-time AI Architect". Names keep their capitals: one that
 * starts with an acronym ("GDPR in Europe", "FAQ") or with two capitalised words ("Software Engineer"). A
 * one-word name ("Python") cannot be told from an ordinary word: start such an item with a lowercase word.
 */
export function inSentence(text: string): string {
  const [first = "", second = ""] = text.split(" ");
  const acronym = /^[A-Z]{2,}/.test(first);
  const name = /^[A-Z][a-z]/.test(first) && /^[A-Z][a-z]/.test(second);
  return /^[A-Z]/.test(first) && !acronym && !name ? `${text[0].toLowerCase()}${text.slice(1)}` : text;
}

/**
 * Reader input as a page shows it back: control characters (a null, an escape) become "�", as browsers show
 * them anyway, since they are not allowed in HTML; tabs and line breaks (a message's paragraphs) stay.
 */
export const withoutControls = (text: string): string => text.replace(/[^\P{Cc}\t\n\r]/gu, "\uFFFD");
