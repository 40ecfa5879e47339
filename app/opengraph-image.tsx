import { ogSize, renderOgCard } from "@/components/og-card";
import { site } from "@/lib/site";

export const alt = site.name;
export const size = ogSize;
export const contentType = "image/png";

export default function Image() {
  return renderOgCard({ kicker: "A hiring guide for CTOs and founders", title: "AI Architect or Software Engineer? Who to hire, how to vet, what to pay" });
}
