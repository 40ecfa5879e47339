import { getGuideMarkdown } from "@/lib/readable";

// The whole guide as one Markdown file, for language models and offline reading; written at build.
export const dynamic = "force-static";

export async function GET() {
  return new Response(await getGuideMarkdown(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
