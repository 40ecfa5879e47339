import { getSearchIndex } from "@/lib/search";

// Built once at build time and served as a static file; the search dialog fetches it when first opened.
export const dynamic = "force-static";

export async function GET() {
  return Response.json((await getSearchIndex()).toJSON());
}
