import { getLlmsTxt } from "@/lib/readable";

// The llmstxt.org index of the guide: each chapter's Markdown and the key pages; written at build.
export const dynamic = "force-static";

export async function GET() {
  return new Response(await getLlmsTxt(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
