import { watch } from "node:fs";
import path from "node:path";

// Dev only: tells open browsers that a file in content/ changed, so an edited chapter shows up without a
// restart (content is read from disk, outside the bundler's module graph, so its HMR cannot see it).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  if (process.env.NODE_ENV !== "development") return new Response("Not found", { status: 404 });
  const encoder = new TextEncoder();
  let close = () => {};
  const stream = new ReadableStream({
    start(controller) {
      const watcher = watch(path.join(process.cwd(), "content"), { recursive: true }, (_event, file) => {
        if (file?.endsWith(".mdx")) controller.enqueue(encoder.encode(`data: ${JSON.stringify(file)}\n\n`));
      });
      close = () => watcher.close();
      request.signal.addEventListener("abort", () => {
        close();
        controller.close();
      });
      controller.enqueue(encoder.encode(": connected\n\n"));
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" } });
}
