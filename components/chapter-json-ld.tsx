import type { Chapter } from "@/lib/chapters";
import { faqEntriesShownIn } from "@/lib/faq";
import { chapterCardImage, versionedCardPath } from "@/lib/metadata";
import { chapterPath } from "@/lib/routes";
import { navLabel } from "@/lib/schemas/article";
import { absoluteUrl, site } from "@/lib/site";
import { JsonLd } from "./json-ld";

/**
 * Structured data for a chapter: Article and BreadcrumbList, plus FAQPage for the FAQ entries the
 * chapter shows through <FaqList> (read from the same analysis as the page, so they always match).
 */
export function ChapterJsonLd({ chapter }: { chapter: Chapter }) {
  const url = absoluteUrl(chapterPath(chapter.slug));
  const { title, description, updated } = chapter.frontmatter;
  const faq = faqEntriesShownIn(chapter.analysis);
  const graph: object[] = [
    {
      "@type": "Article",
      headline: title,
      description,
      // No datePublished: the frontmatter holds only the last change, and that is not when it was published.
      dateModified: updated,
      mainEntityOfPage: url,
      url,
      author: { "@type": "Organization", name: site.publisher },
      publisher: { "@type": "Organization", name: site.publisher },
      image: absoluteUrl(versionedCardPath(chapterCardImage(chapter.slug, chapter.frontmatter))),
    },
    {
      "@type": "BreadcrumbList",
      // The names the visible breadcrumb shows (components/article-layout.tsx).
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Guide", item: absoluteUrl("/") },
        { "@type": "ListItem", position: 2, name: navLabel(chapter.frontmatter), item: url },
      ],
    },
  ];
  if (faq.length > 0) {
    graph.push({
      "@type": "FAQPage",
      mainEntity: faq.map((entry) => ({
        "@type": "Question",
        name: entry.question,
        acceptedAnswer: { "@type": "Answer", text: entry.answer },
      })),
    });
  }
  return <JsonLd data={{ "@context": "https://schema.org", "@graph": graph }} />;
}
