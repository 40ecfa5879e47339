import type { MDXComponents } from "mdx/types";
import type { ComponentPropsWithoutRef } from "react";
import { mdxComponents } from "@/mdx-components";
import type { Chapter } from "@/lib/chapters";
import { runChapterProgram } from "@/lib/content/run";
import { faqQuestionLevel } from "@/lib/faq";
import { printAnchor, printHref, sectionSharePath } from "@/lib/routes";
import type { MdxComponentProps } from "@/lib/schemas/mdx-props";
import { absoluteUrl } from "@/lib/site";
import { FaqList } from "./mdx/faq-list";
import { SmartLink } from "./mdx/smart-link";
import { SectionHeading } from "./section-heading";

type Components = MDXComponents;

/** Memoise a component map per chapter object, so every render of a chapter gets the same components. */
function perChapter<T extends object>(build: (chapter: Chapter, extra: T) => Components) {
  const cache = new WeakMap<Chapter, WeakMap<T, Components>>();
  return (chapter: Chapter, extra: T): Components => {
    const forChapter = cache.get(chapter) ?? new WeakMap<T, Components>();
    cache.set(chapter, forChapter);
    let components = forChapter.get(extra);
    if (!components) forChapter.set(extra, (components = build(chapter, extra)));
    return components;
  };
}

/** The registry plus headings and FAQ answers that know their chapter (for anchors and share links). */
const pageComponents = perChapter<typeof mdxComponents>((chapter, registry) => {
  const titleOf = (id?: string) => chapter.analysis.headings.find((heading) => heading.id === id)?.title ?? "";
  const shareUrl = (id?: string) => (id ? absoluteUrl(sectionSharePath(chapter.slug, id)) : undefined);
  return {
    ...registry,
    FaqList: (props: MdxComponentProps<"FaqList">) => <FaqList {...props} shareUrl={shareUrl} level={faqQuestionLevel(chapter.analysis)} />,
    h2: ({ children, ...props }: ComponentPropsWithoutRef<"h2">) => (
      <SectionHeading level={2} title={titleOf(props.id)} shareUrl={shareUrl(props.id)} {...props}>
        {children}
      </SectionHeading>
    ),
    h3: ({ children, ...props }: ComponentPropsWithoutRef<"h3">) => (
      <SectionHeading level={3} title={titleOf(props.id)} shareUrl={shareUrl(props.id)} {...props}>
        {children}
      </SectionHeading>
    ),
  };
});

/**
 * For /print, where every chapter shares one page: headings move one level down (the chapter title is the
 * h2) and take chapter-prefixed ids, FAQ answers too, and links to printed chapters point within the page.
 */
const printComponents = perChapter<ReadonlySet<string>>((chapter, printedSlugs) => {
  const anchor = (id?: string) => (id ? printAnchor(chapter.slug, id) : undefined);
  return {
    ...mdxComponents,
    a: ({ href = "", ...rest }: ComponentPropsWithoutRef<"a">) => <SmartLink href={printHref(href, chapter.slug, printedSlugs)} {...rest} />,
    h2: ({ id, children, ...rest }: ComponentPropsWithoutRef<"h2">) => (
      <h3 id={anchor(id)} {...rest}>
        {children}
      </h3>
    ),
    h3: ({ id, children, ...rest }: ComponentPropsWithoutRef<"h3">) => (
      <h4 id={anchor(id)} {...rest}>
        {children}
      </h4>
    ),
    FaqList: (props: MdxComponentProps<"FaqList">) => <FaqList {...props} printedIn={chapter.slug} printedSlugs={printedSlugs} level={faqQuestionLevel(chapter.analysis) === 2 ? 3 : 4} />,
  };
});

/** Renders a chapter's MDX with the registry and headings that carry their anchor and share link. */
export async function ChapterBody({ chapter }: { chapter: Chapter }) {
  const Content = await runChapterProgram(chapter.code);
  return <Content components={pageComponents(chapter, mdxComponents)} />;
}

/** A chapter's body as part of /print (see printComponents), ids unique across the whole page. */
export async function PrintChapterBody({ chapter, printedSlugs }: { chapter: Chapter; printedSlugs: ReadonlySet<string> }) {
  const Content = await runChapterProgram(chapter.code);
  return <Content components={printComponents(chapter, printedSlugs)} />;
}
