import { readFile } from "node:fs/promises";
import { ImageResponse } from "next/og";
import { cardFontFile, cardFontWeights, cardText } from "@/lib/card-font";
import { site } from "@/lib/site";

/**
 * Inter in the three weights the card uses, read once per process. next/og bundles only a regular weight,
 * which drew every heading thin.
 */
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 600 | 700; style: "normal" }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    cardFontWeights.map(async (weight) => ({ name: "Inter", data: await readFile(cardFontFile(weight)), weight, style: "normal" as const })),
  );
  return fonts;
}

/** Size of every Open Graph image: the 1200x630 PNG that chat apps and social sites expect. */
export const ogSize = { width: 1200, height: 630 };

/**
 * The answer for a card address with no chapter or section behind it: a 404 that no cache may keep, with a
 * line of text. Returned rather than thrown with notFound(), which answers an empty 404 with no cache rule,
 * which a CDN may keep (heuristic freshness), and for which Next had also written files into the build folder.
 */
export function ogCardNotFound(): Response {
  return new Response("No preview card at this address.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * Renders a share card with next/og: large heading, the chapter as a kicker, and the site name, in sizes
 * that stay legible as a thumbnail. Satori supports inline styles only.
 */
export async function renderOgCard(card: { kicker: string; title: string; footer?: string }) {
  // The content check refuses titles the font cannot draw; this keeps any other text from making next/og
  // fetch a font or an emoji from a third party (lib/card-font.ts).
  const kicker = cardText(card.kicker);
  const title = cardText(card.title);
  const footer = card.footer && cardText(card.footer);
  const titleSize = title.length > 60 ? 60 : title.length > 36 ? 70 : 84;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#0e1116", color: "#ffffff", padding: "64px 72px", borderTop: "16px solid #4d7cff", fontFamily: "Inter" }}>
        <div style={{ display: "flex", fontSize: 34, color: "#b0c6ff", fontWeight: 600 }}>{kicker}</div>
        <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>{title}</div>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 28, color: "#c9d1dc" }}>
          <div style={{ display: "flex", alignItems: "center" }}>
            {/* The site's mark, as in the header: a white "A" on the accent. */}
            <div style={{ width: 44, height: 44, borderRadius: 10, background: "#4d7cff", marginRight: 16, display: "flex", alignItems: "center", justifyContent: "center", color: "#ffffff", fontSize: 26, fontWeight: 700 }}>A</div>
            {site.shortName}
          </div>
          <div style={{ display: "flex" }}>{footer ?? site.publisher}</div>
        </div>
      </div>
    ),
    { ...ogSize, fonts: await loadFonts() },
  );
}
