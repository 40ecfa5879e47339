import { contentEtag } from "@/lib/etag";
import { searchGuide } from "@/lib/search";

/** How many hits the search dialog shows. */
const dialogLimit = 8;

/**
 * The search dialog's query endpoint: `GET /api/search?q=…` → `{ query, truncated, hits, total, common }` as JSON. The
 * index stays on the server, so the dialog downloads about 1–2 KiB gzip per query whatever the size of
 * the guide. Responses carry an ETag (a hash of the body) and may be cached for a few minutes.
 */
export async function GET(request: Request) {
  // The dialog shows one page and says how many matched; the /search page holds the others.
  const { query, truncated, hits, total, common } = await searchGuide(new URL(request.url).searchParams.get("q"), dialogLimit);
  const result = { query, truncated, hits, total, common };
  // "<" is escaped so that nothing a reader typed can ever be read as markup, even by a careless client.
  const body = JSON.stringify(result).replaceAll("<", "\\u003c");
  const etag = contentEtag(body);
  const headers = { "Cache-Control": "public, max-age=300", ETag: etag, "Content-Type": "application/json; charset=utf-8" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
