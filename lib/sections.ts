import type { Chapter } from "./content/load";
import { faqEntriesShownIn } from "./faq";
import { inSentence } from "./format";
import { maxDescriptionLength } from "./schemas/article";


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
  // A sentence ends at . ! or ? before a capital ("e.g. the" does not end one).
  const sentenceEnd = [...clean.slice(0, max + 1).matchAll(/[.!?](?= [A-Z“"$])/g)].at(-1);
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

/**
 * A section's preview text: its first paragraph, continued with the paragraphs, list items or table rows
 * right after it (see `follow` in lib/content/collect.ts) when that paragraph only leads in ("Compliance
 * rules like these call for…:") or is too short to say what the section holds ("Each role earns its place
 * in a different way."), so a shared link's preview describes the section. Short items after a lead-in
 * become the end of its sentence ("…: GDPR in Europe, HIPAA in US healthcare, and rules specific to
 * finance."), and so do the bold labels items open with ("…: shared hours, how you employ them, …"); anything
 * else follows as sentences of its own.
 */
export function previewText(section: { lead: string; follow: readonly { text: string; item: boolean; label?: string }[]; followCut?: boolean; title?: string | null }): string {
  // A section that opens with its list ("### Hard skills", then the skills) is introduced by its title, as
  // a lead-in: otherwise it had no preview text of its own and took the chapter's description.
  if (section.lead === "" && section.title && section.follow[0]?.item) return previewText({ ...section, lead: `${section.title}:` });
  // A short lead that announces items with run-in labels ("…to the engineers in three steps.", then "**Decide.**
  // The architect…") introduces them as a lead-in would: read on as sentences, the preview ended on a bare
  // label ("…in three steps. Decide.").
  if (section.lead.endsWith(".") && section.lead.length < minPreviewLength && section.follow[0]?.label) {
    return previewText({ ...section, lead: `${section.lead.slice(0, -1)}:` });
  }
  const leadsIn = section.lead.endsWith(":");
  const taken: { text: string; item: boolean; label?: string }[] = [];
  for (const next of section.follow) {
    if (!leadsIn && [section.lead, ...taken.map((t) => t.text)].join(" ").length >= minPreviewLength) break;
    if (leadsIn && taken.at(-1)?.item && !next.item) break; // a lead-in introduces its list, not what follows it
    taken.push(next);
  }
  if (taken.length === 0) return section.lead;
  // Items that open with a bold label ("**Shared hours.** Decide…") are listed by their labels.
  const labelled = taken.every((next) => next.label);
  const phrases = labelled || taken.every((next) => next.item && !/[.!?:]/.test(next.text));
  if (leadsIn && phrases) {
    const items = taken.map((next) => inSentence(labelled ? next.label! : next.text));
    // "and" closes a list only when it is all there; a cut one trails off.
    const cut = section.followCut && taken.length === section.follow.length;
    const list = cut ? `${items.join(", ")}, …` : `${listFormat.format(items)}.`;
    // A lead too long to name even one item whole loses its first sentences, down to the one that leads in
    // ("Good vetting … tests three things: hands-on system experience, …"), rather than be cut inside an item
    // ("A resume shows … and tests three things: hands-on system…").
    const sentenceStarts = [0, ...[...section.lead.matchAll(/[.!?] (?=[A-Z“"])/g)].map((end) => end.index + 2)];
    for (const lead of sentenceStarts.map((start) => section.lead.slice(start))) {
      if (`${lead} ${list}`.length <= maxDescriptionLength) return `${lead} ${list}`;
      // Too long for a preview: keep the items that fit whole and trail off, rather than cut one mid-word.
      for (let count = items.length - 1; count >= 1; count--) {
        const shorter = `${lead} ${items.slice(0, count).join(", ")}, …`;
        if (shorter.length <= maxDescriptionLength) return shorter;
      }
    }
    return `${section.lead} ${list}`;
  }
  return [section.lead, ...taken.map((next) => asSentence(next.text))].join(" ");
}

/** A part of a chapter a reader can share, as its share page needs it: a section (h2 or h3) or a FAQ answer. */
export interface ShareableSection {
  id: string;
  kind: "section" | "answer";
  /** The heading, or the FAQ question. */
  title: string;
  /** The section's first paragraph (continued when it only leads in), or the answer, trimmed for previews; the chapter description when it has no text. */
  description: string;
}

/**
 * Every part of a chapter that gets its own share page (rendered on request, with its own preview image):
 * each h2 and h3, and each FAQ answer it shows. A #fragment never reaches a link-preview crawler, so a
 * glossary term or a FAQ answer shared as `/faq#…` had previewed as the whole page.
 */
export function getShareableSections(chapter: Chapter): ShareableSection[] {
  const sections = chapter.analysis.sections
    .filter((section): section is typeof section & { id: string; title: string } => section.depth > 1 && section.id !== null)
    .map((section): ShareableSection => ({
      id: section.id,
      kind: "section",
      title: section.title,
      description: trimDescription(previewText(section) || chapter.frontmatter.description),
    }));
  const answers = faqEntriesShownIn(chapter.analysis).map((entry): ShareableSection => ({ id: entry.id, kind: "answer", title: entry.question, description: trimDescription(entry.answer) }));
  // An id is unique within the page (the content check sees to headings; FAQ ids are unique in their data).
  return [...sections, ...answers.filter((answer) => !sections.some((section) => section.id === answer.id))];
}
