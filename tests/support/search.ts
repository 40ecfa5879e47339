import { searchGuide } from "@/lib/search";

/** The first hit's address for a query, on the real content through the real index. */
export async function top(query: string): Promise<string | undefined> {
  const { hits } = await searchGuide(query, 5);
  return hits[0]?.href;
}
