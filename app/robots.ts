import type { MetadataRoute } from "next";
import { pagePaths } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: [pagePaths.search] }], sitemap: absoluteUrl("/sitemap.xml") };
}
