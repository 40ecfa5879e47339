import { getGuideMarkdown } from "@/lib/readable";

// The whole guide as one Markdown file, for language models and offline reading; written at build.
export const dynamic = "force-static";

export async function GET() {
  // Every chapter again in one file: readable by anyone, but kept out of search results, as /print is, so it
  // does not compete with the chapters it copies.
  return new Response(await getGuideMarkdown(), { headers: { "Content-Type": "text/plain; charset=utf-8", "X-Robots-Tag": "noindex" } });
}
