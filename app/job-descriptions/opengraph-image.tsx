import { ogSize, renderOgCard } from "@/components/og-card";
import { getTool } from "@/lib/tools/catalog";

const tool = getTool("job-descriptions");
export const alt = tool.title;
export const size = ogSize;
export const contentType = "image/png";

/** The link preview of /job-descriptions: the tool's name on the site's share card. */
export default function Image() {
  return renderOgCard({ kicker: "Hiring tools · AI hiring guide", title: tool.title });
}
