import { describeGlyph, missingCardGlyphs } from "../card-font";
import type { ContentProblem } from "./problems";
import type { ChapterForChecks, Place } from "./validate";

const hint = "the preview cards' font (Inter's Latin set) has no glyph for it: write it in words (→ as \"to\", ≥ as \"at least\") or leave it out";

/** "→" (U+2192) cannot be drawn…, for the problems below; undefined when every character can be drawn. */
export function cardGlyphsMessage(text: string, where: string): string | undefined {
  const missing = missingCardGlyphs(text);
  return missing.length > 0 ? `${missing.map(describeGlyph).join(", ")} cannot be drawn on ${where}` : undefined;
}

/**
 * A chapter title, menu label (the kicker of its sections' cards) or heading holding a character the preview
 * cards cannot draw (an emoji, an arrow, a letter outside Latin, an unusual space): the card of the chapter or
 * of a section's shared link would leave it out.
 */
export function checkCardGlyphs(chapter: ChapterForChecks, place: Place): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const field = (name: string, text: string | undefined, line: number | undefined, where: string) => {
    const message = text && cardGlyphsMessage(text, where);
    if (message) problems.push({ file: chapter.file, line: line ?? 1, column: 1, message: `${name}: ${message}`, hint });
  };
  field("title", chapter.title, chapter.titleLine, "the chapter's preview card");
  if (chapter.navLabelLine !== chapter.titleLine) field("navTitle", chapter.navLabel, chapter.navLabelLine, "its sections' preview cards");
  for (const heading of chapter.analysis?.headings ?? []) {
    const message = cardGlyphsMessage(heading.title, "its share link's preview card");
    if (message) problems.push({ ...place(heading), message: `heading "${heading.title}": ${message}`, hint });
  }
  return problems;
}
