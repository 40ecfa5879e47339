import { ogSize, renderOgCard } from "@/components/og-card";
import { homeCard, salariesCardImage, salariesTitle } from "@/lib/metadata";

export const alt = salariesCardImage.alt;
export const size = ogSize;
export const contentType = "image/png";

/** The link preview of /salaries, the page readers share when the question is pay: its own title on the site's card. */
export default function Image() {
  return renderOgCard({ kicker: homeCard.kicker, title: salariesTitle });
}
