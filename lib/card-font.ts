import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";

/** The weights of Inter the preview cards draw with (components/og-card.tsx): body, kicker, title. */
export const cardFontWeights = [400, 600, 700] as const;

/** The file of one weight: Inter's Latin subset (SIL Open Font License, public/fonts/Inter-LICENSE.txt). */
export function cardFontFile(weight: (typeof cardFontWeights)[number]): string {
  return path.join(process.cwd(), "public", "fonts", `inter-latin-${weight}-normal.woff`);
}

let loaded: Font[] | undefined;
function loadFonts(): Font[] {
  // fontkit reads the fonts' character maps: parsing WOFF by hand is what a font library is for.
  loaded ??= cardFontWeights.map((weight) => {
    const font = create(readFileSync(cardFontFile(weight)));
    if (!("hasGlyphForCodePoint" in font)) throw new Error(`${cardFontFile(weight)} is a font collection, not one font`);
    return font;
  });
  return loaded;
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Whether every weight of the card font draws every code point of `grapheme` (an emoji with its selector is one).
 * Any space is drawn, as a plain one: cardText makes it so.
 */
function drawable(grapheme: string): boolean {
  const fonts = loadFonts();
  return /^\s+$/u.test(grapheme) || [...grapheme].every((char) => fonts.every((font) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)));
}

/**
 * What of `text` (each once, in order, as readers see characters) some weight of the card font cannot draw.
 * next/og fetches any such glyph while rendering, from Google Fonts or, for an emoji, from a CDN: a request to a
 * third party that, offline, fails on every render and leaves a box or an empty reply. Spaces of every kind
 * are drawn as plain ones (next/og had fetched a font for a narrow no-break space or an em space).
 */
export function missingCardGlyphs(text: string): string[] {
  const missing = new Set<string>();
  for (const { segment } of graphemes.segment(text)) if (!drawable(segment)) missing.add(segment);
  return [...missing];
}

/** A character as a message names it: quoted, with its code points (an invisible one would show as ""). */
export function describeGlyph(grapheme: string): string {
  return `"${grapheme}" (${[...grapheme].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ")})`;
}

/** `text` with spaces made plain and without what the card cannot draw, so rendering never reaches for another font. */
export function cardText(text: string): string {
  const plain = text.replace(/\s+/g, " ");
  return [...graphemes.segment(plain)].map(({ segment }) => (drawable(segment) ? segment : "")).join("").replace(/ +/g, " ").trim();
}
