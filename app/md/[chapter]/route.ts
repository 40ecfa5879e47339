import { notFound } from "next/navigation";
import { chapterParams } from "@/lib/chapters";
import { getChapterMarkdown } from "@/lib/readable";
import { chapterPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

// `/<chapter>.md` is rewritten here (next.config.ts). One file per chapter, written at build; any other
// slug is a real 404.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return chapterParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ chapter: string }> }) {
  const slug = (await params).chapter;
  const markdown = await getChapterMarkdown(slug);
  if (markdown === undefined) notFound();
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      // The chapter's page is the canonical copy, for search engines that index text files.
      Link: `<${absoluteUrl(chapterPath(slug))}>; rel="canonical"`,
    },
  });
}
