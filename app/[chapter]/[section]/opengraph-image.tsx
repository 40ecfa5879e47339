import { ogCardNotFound, ogSize, renderOgCard } from "@/components/og-card";
import { findShareableSection } from "@/lib/chapters";
import { sectionCardKicker } from "@/lib/schemas/article";

export const size = ogSize;
export const contentType = "image/png";
export const alt = "Section of the AI hiring guide";

/**
 * Rendered on request, never at build time: a guide of 500 chapters has thousands of sections, and prerendering
 * every card made the build ten times slower. Not on request into Next's on-disk cache either (an empty list of
 * static params did that): it keeps 404s too, two files for every made-up address, and a 404 it kept was sent
 * as cacheable by shared caches for a year. `npm start` keeps a real section's card in its bounded memory
 * cache after the first request (lib/server/response-cache.ts); any other address is a 404, kept nowhere.
 */
export const dynamic = "force-dynamic";

export default async function Image({ params }: { params: Promise<{ chapter: string; section: string }> }) {
  const { chapter: slug, section: id } = await params;
  const found = await findShareableSection(slug, id);
  if (!found) return ogCardNotFound();
  const { chapter, section } = found;
  return renderOgCard({
    kicker: sectionCardKicker(chapter.frontmatter),
    title: section.title,
  });
}
