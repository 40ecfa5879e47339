import type { Chapter } from "./content/load";

/** Longest description we put in a link preview; longer first paragraphs are cut at a word. */
export const maxDescriptionLength = 160;

/** A cut at a sentence's end is taken when it keeps at least this much; shorter, the text is cut at a word. */
const minSentencesLength = 100;

/**
 * Trims text to at most `max` characters: after its last whole sentence that fits, when that says enough,
 * or else at a word boundary with "…". A preview cut mid-sentence ("They come from AI People…") reads as
 * broken.
 */
export function trimDescription(text: string, max = maxDescriptionLength): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const sentenceEnd = [...clean.slice(0, max + 1).matchAll(/[.!?](?= )/g)].at(-1);
  if (sentenceEnd && sentenceEnd.index + 1 >= minSentencesLength) return clean.slice(0, sentenceEnd.index + 1);
  // Keep whole words only; the ellipsis takes the last character, so the word must end by max - 1.
  const space = clean.lastIndexOf(" ", max - 1);
  const atWord = clean.slice(0, space > max * 0.6 ? space : max - 1);
  return `${atWord.replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** A preview shorter than this reads as a fragment; more of the section follows it (see previewText). */
const minPreviewLength = 110;

const listFormat = new Intl.ListFormat("en", { type: "conjunction" });
const asSentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);
/** "Rules specific to finance" inside a sentence; "GDPR" and "AI Architect" keep their capitals. */
const inSentence = (text: string) => (/^[A-Z][a-z]/.test(text) && !/^\S+ [A-Z]/.test(text) ? `${text[0].toLowerCase()}${text.slice(1)}` : text);

/**
 * A section's preview text: its first paragraph, continued with the paragraphs, list items or table rows
 * right after it (see `follow` in lib/content/collect.ts) when that paragraph only leads in ("Compliance
 * rules like these call for…:") or is too short to say what the section holds ("Each role earns its place
 * in a different way."), so a shared link's preview describes the section. Short items after a lead-in
 * become the end of its sentence ("…: GDPR in Europe, HIPAA in US healthcare, and rules specific to
 * finance."); anything else follows as sentences of its own.
 */
export function previewText(section: { lead: string; follow: readonly { text: string; item: boolean }[] }): string {
  const leadsIn = section.lead.endsWith(":");
  const taken: { text: string; item: boolean }[] = [];
  for (const next of section.follow) {
    if (!leadsIn && [section.lead, ...taken.map((t) => t.text)].join(" ").length >= minPreviewLength) break;
    taken.push(next);
  }
  if (taken.length === 0) return section.lead;
  const phrases = taken.every((next) => next.item && !/[.!?:]/.test(next.text));
  if (leadsIn && phrases) return `${section.lead} ${listFormat.format(taken.map((next) => inSentence(next.text)))}.`;
  return [section.lead, ...taken.map((next) => asSentence(next.text))].join(" ");
}

/** A chapter's h2 section, as its share page needs it. */
export interface ShareableSection {
  id: string;
  title: string;
  /** The section's first paragraph (continued when it only leads in), trimmed for previews; the chapter description when it has no text. */
  description: string;
}

/** Every h2 of a chapter, each of which gets its own share page (rendered on request, with its own preview image). */
export function getShareableSections(chapter: Chapter): ShareableSection[] {
  return chapter.analysis.sections
    .filter((section): section is typeof section & { id: string; title: string } => section.depth === 2 && section.id !== null)
    .map((section) => ({
      id: section.id,
      title: section.title,
      description: trimDescription(previewText(section) || chapter.frontmatter.description),
    }));
}
