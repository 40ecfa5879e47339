import type { Chapter } from "./content/load";

/** Longest description we put in a link preview; longer first paragraphs are cut at a word. */
export const maxDescriptionLength = 160;

/** Trims text to at most `max` characters at a word boundary, adding "…" when it cut. */
export function trimDescription(text: string, max = maxDescriptionLength): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  // Keep whole words only; the ellipsis takes the last character, so the word must end by max - 1.
  const space = clean.lastIndexOf(" ", max - 1);
  const atWord = clean.slice(0, space > max * 0.6 ? space : max - 1);
  return `${atWord.replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** A preview shorter than this reads as a fragment; more of the section follows it (see previewText). */
const minPreviewLength = 110;

/**
 * A section's preview text: its first paragraph, continued with the paragraphs or list items right after
 * it (see `follow` in lib/content/collect.ts) when that paragraph only leads in ("Three habits keep AI
 * teams moving:") or is too short to say what the section holds ("For engineers, check three things."),
 * so a shared link's preview describes the section.
 */
export function previewText(section: { lead: string; follow: readonly string[] }): string {
  const leadsIn = section.lead.endsWith(":");
  let text = section.lead;
  for (const next of section.follow) {
    if (!leadsIn && text.length >= minPreviewLength) break;
    text += /[.!?:…]$/.test(text) ? ` ${next}` : `; ${next}`;
  }
  return text;
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
