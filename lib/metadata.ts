import type { Metadata } from "next";
import { contentHash } from "./etag";
import { chapterPath, feedPath } from "./routes";
import { chapterKicker, type ArticleFrontmatter } from "./schemas/article";
import { absoluteUrl, site } from "./site";

/**
 * The Atom feed, announced in the head of every page. Next replaces `alternates` as a whole when a page
 * sets its own, so the root layout AND pageMetadata both carry it.
 */
export const feedAlternate = { "application/atom+xml": [{ url: absoluteUrl(feedPath), title: `${site.name} (Atom feed)` }] };

/** Path of the preview card (opengraph-image route) of the page at `pagePath`. */
export function previewCardPath(pagePath: string): string {
  return `${pagePath === "/" ? "" : pagePath}/opengraph-image`;
}

/** The site-wide preview card (app/opengraph-image.tsx), which the pages without a card of their own share. */
export const homeCard = { kicker: "A hiring guide for CTOs and founders", title: "AI Architect or Software Engineer? Who to hire, how to vet, what to pay" };

/** The salary page's title, in its head and on its own preview card (app/salaries/opengraph-image.tsx). */
export const salariesTitle = "Salary benchmarks: AI Architect vs Software Engineer";

/** That card as a page's `image`: its alt text says what the card shows, not the page's own title. */
export const homeCardImage = { path: previewCardPath("/"), alt: `${homeCard.kicker}: ${homeCard.title}` };

/** The salary page's card (app/salaries/opengraph-image.tsx): the site's kicker over the page's title. */
export const salariesCardImage = { path: previewCardPath("/salaries"), alt: `${homeCard.kicker}: ${salariesTitle}` };

/** A chapter's card (app/[chapter]/opengraph-image.tsx) as its page and its structured data name it. */
export function chapterCardImage(slug: string, frontmatter: Pick<ArticleFrontmatter, "order" | "reference" | "title">): { path: string; alt: string } {
  return { path: previewCardPath(chapterPath(slug)), alt: `${chapterKicker(frontmatter)}: ${frontmatter.title}` };
}

/** The browser tab's and search results' title: the page's own title, then the site's short name. */
export const titleTemplate = { default: site.name, template: `%s · ${site.shortName}` };

/** About what a search result shows of a title before cutting it. */
const titleBudget = 60;

/**
 * The document title for `parts` (most specific first: section, chapter): joined with " – " and followed by
 * the site's name while that fits the budget; else the site's name goes, then the parts from the end, so a
 * long section title is not cut to "Fractional architects, when you cannot hire full ti…".
 */
export function documentTitle(parts: readonly string[]): string | { absolute: string } {
  const full = parts.join(" – ");
  if (titleTemplate.template.replace("%s", full).length <= titleBudget) return full;
  for (let count = parts.length; count > 1; count--) {
    const shorter = parts.slice(0, count).join(" – ");
    if (shorter.length <= titleBudget) return { absolute: shorter };
  }
  return { absolute: parts[0] };
}

/**
 * A preview card's address with a version drawn from its words (`?v=…`). Slack, LinkedIn, X and Facebook
 * keep a card by its address, so after a title changes a shared link would keep the old card; the alt text
 * is the card's words (kicker and title), so new words give a new address.
 */
export function versionedCardPath(image: { path: string; alt: string }): string {
  return `${image.path}?v=${contentHash(image.alt, 10)}`;
}

/**
 * Page metadata with the site's conventions: own title and description, canonical URL on the public
 * origin, and matching Open Graph / Twitter fields. `image` is a 1200x630 PNG card (root-relative path) and
 * the alt text describing what it shows; without it, Next adds the route segment's opengraph-image file with
 * that file's one static alt text, so pages whose card shows their own title pass it here.
 */
export function pageMetadata(input: {
  /** The page's title; a section's share page gives [section, chapter] (see documentTitle). */
  title: string | readonly string[];
  description: string;
  path: string;
  canonicalPath?: string;
  image?: { path: string; alt: string };
  type?: "website" | "article";
  publishedTime?: string;
  /** Root-relative path of the page's Markdown version, announced as `<link rel="alternate" type="text/markdown">`. */
  markdownPath?: string;
  /** Keep the page out of search results (links on it are still followed): a page per query, per answer or per reader. */
  noindex?: boolean;
}): Metadata {
  const url = absoluteUrl(input.path);
  const parts = typeof input.title === "string" ? [input.title] : input.title;
  const images = input.image ? [{ url: absoluteUrl(versionedCardPath(input.image)), width: 1200, height: 630, alt: input.image.alt, type: "image/png" }] : undefined;
  return {
    title: documentTitle(parts),
    description: input.description,
    alternates: {
      canonical: absoluteUrl(input.canonicalPath ?? input.path),
      types: { ...feedAlternate, ...(input.markdownPath ? { "text/markdown": absoluteUrl(input.markdownPath) } : {}) },
    },
    openGraph: {
      title: parts.join(" – "),
      description: input.description,
      url,
      // The short name, as in every page title: the long one is the home page's own title, and unfurlers that
      // print the site's name above the title (Slack, Facebook, LinkedIn) showed the home card's line twice.
      siteName: site.shortName,
      type: input.type ?? "website",
      // Only when given: an `images` key, even undefined, stops Next adding the opengraph-image file's image.
      ...(images ? { images } : {}),
      ...(input.publishedTime ? { modifiedTime: input.publishedTime } : {}),
    },
    // X reads og:title, og:description and og:image when its own tags are absent: only the card type is needed.
    twitter: { card: "summary_large_image" },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
