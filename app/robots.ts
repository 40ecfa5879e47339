import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  // Nothing is disallowed: pages kept out of search engines (search results, answered plans, form results) say so
  // with a noindex tag, which a crawler can only read on a page robots.txt lets it fetch.
  return { rules: [{ userAgent: "*", allow: "/" }], sitemap: absoluteUrl("/sitemap.xml") };
}
