import { ogSize, renderOgCard } from "@/components/og-card";
import { homeCard, homeCardImage } from "@/lib/metadata";

export const alt = homeCardImage.alt;
export const size = ogSize;
export const contentType = "image/png";

export default function Image() {
  return renderOgCard(homeCard);
}
