import type { Metadata } from "next";
import { feedPath } from "./routes";
import { absoluteUrl, site } from "./site";

/**
 * The Atom feed, announced in the head of every page. Next replaces `alternates` as a whole when a page
 * sets its own, so the root layout AND pageMetadata both carry it.
 */
export const feedAlternate = { "application/atom+xml": [{ url: absoluteUrl(feedPath), title: `${site.name} (Atom feed)` }] };

/**
 * Page metadata with the site's conventions: own title and description, canonical URL on the public
 * origin, and matching Open Graph / Twitter fields. `image` is a root-relative path to a 1200x630 PNG; leave it
 * out where the route segment has its own opengraph-image file (Next adds that one only when no image is set).
 */
export function pageMetadata(input: {
  title: string;
  description: string;
  path: string;
  canonicalPath?: string;
  image?: string;
  type?: "website" | "article";
  publishedTime?: string;
  /** Root-relative path of the page's Markdown version, announced as `<link rel="alternate" type="text/markdown">`. */
  markdownPath?: string;
}): Metadata {
  const url = absoluteUrl(input.path);
  const images = input.image ? [{ url: absoluteUrl(input.image), width: 1200, height: 630, alt: input.title }] : undefined;
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: absoluteUrl(input.canonicalPath ?? input.path),
      types: { ...feedAlternate, ...(input.markdownPath ? { "text/markdown": absoluteUrl(input.markdownPath) } : {}) },
    },
    openGraph: {
      title: input.title,
      description: input.description,
      url,
      siteName: site.name,
      type: input.type ?? "website",
      // Only when given: an `images` key, even undefined, stops Next adding the opengraph-image file's image.
      ...(images ? { images } : {}),
      ...(input.publishedTime ? { modifiedTime: input.publishedTime } : {}),
    },
    // X reads og:title, og:description and og:image when its own tags are absent: only the card type is needed.
    twitter: { card: "summary_large_image" },
  };
}
