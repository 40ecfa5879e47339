import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

/** Size of every Open Graph image: the 1200x630 PNG that chat apps and social sites expect. */
export const ogSize = { width: 1200, height: 630 };

/**
 * Renders a share card with next/og: large heading, the chapter as a kicker, and the site name, in sizes
 * that stay legible as a thumbnail. Satori supports inline styles only.
 */
export function renderOgCard({ kicker, title, footer }: { kicker: string; title: string; footer?: string }) {
  const titleSize = title.length > 60 ? 60 : title.length > 36 ? 70 : 84;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#0e1116", color: "#ffffff", padding: "64px 72px", borderTop: "16px solid #4d7cff" }}>
        <div style={{ display: "flex", fontSize: 34, color: "#b0c6ff", fontWeight: 600 }}>{kicker}</div>
        <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>{title}</div>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 28, color: "#c9d1dc" }}>
          <div style={{ display: "flex", alignItems: "center" }}>
            <div style={{ width: 44, height: 44, borderRadius: 10, background: "#4d7cff", marginRight: 16, display: "flex" }} />
            {site.shortName}
          </div>
          <div style={{ display: "flex" }}>{footer ?? site.publisher}</div>
        </div>
      </div>
    ),
    ogSize,
  );
}
