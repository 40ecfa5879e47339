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

/**
 * The characters of `text` (each once, in order) that some weight of the card font cannot draw. next/og
 * fetches any such glyph while rendering, from Google Fonts or, for an emoji, from a CDN: a request to a
 * third party that, offline, fails on every render and leaves a box or an empty reply.
 */
export function missingCardGlyphs(text: string): string[] {
  const fonts = loadFonts();
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    if (!fonts.every((font) => font.hasGlyphForCodePoint(code))) missing.add(char);
  }
  return [...missing];
}

/** `text` without the characters the card cannot draw, so rendering never reaches for another font. */
export function cardText(text: string): string {
  const missing = new Set(missingCardGlyphs(text));
  if (missing.size === 0) return text;
  return [...text].filter((char) => !missing.has(char)).join("").replace(/\s+/g, " ").trim();
}
