import { run } from "@mdx-js/mdx";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import type { ComponentPropsWithoutRef } from "react";
import { mdxComponents } from "@/mdx-components";
import type { Chapter } from "@/lib/chapters";
import { sectionSharePath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { SectionHeading } from "./section-heading";

const programs = new Map<string, Promise<MDXContent>>();

/** Runs a compiled chapter once per process (keyed by its code, so an edited file runs anew in dev). */
function getContent(code: string): Promise<MDXContent> {
  let program = programs.get(code);
  if (!program) {
    program = run(code, { ...runtime, baseUrl: import.meta.url }).then((module) => module.default);
    programs.set(code, program);
  }
  return program;
}

/** Renders a chapter's MDX with the registry, plus headings that know their chapter (for anchors and share links). */
export async function ChapterBody({ chapter }: { chapter: Chapter }) {
  const Content = await getContent(chapter.code);
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
