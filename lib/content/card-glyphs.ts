import { missingCardGlyphs } from "../card-font";
import type { ContentProblem } from "./problems";
import type { ChapterForChecks, Place } from "./validate";

const quoted = (chars: string[]) => chars.map((char) => `"${char}"`).join(", ");

/**
 * A chapter title or heading holding a character the preview cards cannot draw (an emoji, an arrow, a
 * letter outside Latin): the card of the chapter or of the section's shared link would leave it out.
 */
export function checkCardGlyphs(chapter: ChapterForChecks, place: Place): ContentProblem[] {
  const hint = "the preview cards' font (Inter's Latin set) has no glyph for it: write it in words (→ as \"to\", ≥ as \"at least\") or leave it out";
  const problems: ContentProblem[] = [];
  const titleMissing = chapter.title ? missingCardGlyphs(chapter.title) : [];
  if (titleMissing.length > 0) {
    problems.push({ file: chapter.file, line: chapter.titleLine ?? 1, column: 1, message: `title: ${quoted(titleMissing)} cannot be drawn on the chapter's preview card`, hint });
  }
  for (const heading of chapter.analysis?.headings ?? []) {
    const missing = missingCardGlyphs(heading.title);
    if (missing.length > 0) problems.push({ ...place(heading), message: `heading "${heading.title}": ${quoted(missing)} cannot be drawn on its share link's preview card`, hint });
  }
  return problems;
}
