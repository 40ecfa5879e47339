import type { ComponentPropsWithoutRef } from "react";
import { mdxComponents } from "@/mdx-components";
import type { Chapter } from "@/lib/chapters";
import { runChapterProgram } from "@/lib/content/run";
import { printAnchor, printHref, sectionSharePath } from "@/lib/routes";
import type { MdxComponentProps } from "@/lib/schemas/mdx-props";
import { absoluteUrl } from "@/lib/site";
import { FaqList } from "./mdx/faq-list";
import { SmartLink } from "./mdx/smart-link";
import { SectionHeading } from "./section-heading";

/** Renders a chapter's MDX with the registry, plus headings that know their chapter (for anchors and share links). */
export async function ChapterBody({ chapter }: { chapter: Chapter }) {
  const Content = await runChapterProgram(chapter.code);
  const titleOf = (id?: string) => chapter.analysis.headings.find((heading) => heading.id === id)?.title ?? "";
  return (
    <Content
      components={{
        ...mdxComponents,
        h2: (props: ComponentPropsWithoutRef<"h2">) => (
          <SectionHeading
            level={2}
            title={titleOf(props.id)}
            shareUrl={props.id ? absoluteUrl(sectionSharePath(chapter.slug, props.id)) : undefined}
            {...props}
          />
        ),
        h3: (props: ComponentPropsWithoutRef<"h3">) => <SectionHeading level={3} title={titleOf(props.id)} {...props} />,
      }}
    />
  );
}

/**
 * A chapter's body as part of /print, where every chapter shares one page: headings move one level down
 * (the chapter title is the h2) and take chapter-prefixed ids, FAQ answers too, and links to printed
 * chapters point within the page, so ids stay unique and links work in a saved PDF.
 */
export async function PrintChapterBody({ chapter, printedSlugs }: { chapter: Chapter; printedSlugs: ReadonlySet<string> }) {
  const Content = await runChapterProgram(chapter.code);
  const anchor = (id?: string) => (id ? printAnchor(chapter.slug, id) : undefined);
  return (
    <Content
      components={{
        ...mdxComponents,
        a: ({ href = "", ...rest }: ComponentPropsWithoutRef<"a">) => <SmartLink href={printHref(href, chapter.slug, printedSlugs)} {...rest} />,
        h2: ({ id, ...rest }: ComponentPropsWithoutRef<"h2">) => <h3 id={anchor(id)} {...rest} />,
        h3: ({ id, ...rest }: ComponentPropsWithoutRef<"h3">) => <h4 id={anchor(id)} {...rest} />,
        FaqList: (props: MdxComponentProps<"FaqList">) => <FaqList {...props} printedIn={chapter.slug} />,
      }}
    />
  );
}
