import { getAllChapters } from "@/lib/chapters";
import { buildAtomFeed } from "@/lib/feed";
import { site, siteOrigin } from "@/lib/site";

// Atom feed of the chapters by their last-updated date; written at build.
export const dynamic = "force-static";

export async function GET() {
  const xml = buildAtomFeed({ title: site.name, description: site.description, publisher: site.publisher, origin: siteOrigin, chapters: await getAllChapters() });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
