import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/dev/content-events/route.dev";

// Under `next dev`, open pages listen to this stream and reload when an .mdx file is saved
// (components/dev-content-refresh.client.tsx). Here: a real watcher on a real copy of content/.
const projectRoot = process.cwd();
const roots: string[] = [];

afterEach(() => {
  process.chdir(projectRoot);
  vi.unstubAllEnvs();
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Reads server-sent events from the stream until `done` says stop, or `ms` pass. */
async function readEvents(reader: ReadableStreamDefaultReader<Uint8Array>, done: (text: string) => boolean, ms = 5000) {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  while (!done(text) && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    text += decoder.decode(chunk.value);
  }
  return text;
}

describe("live editing under next dev", () => {
  it("tells the browser which chapter changed when an .mdx file is saved", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "guide-live-"));
    roots.push(root);
    cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
    process.chdir(root);
    vi.stubEnv("NODE_ENV", "development");

    const abort = new AbortController();
    const response = GET(new Request("http://localhost/api/dev/content-events", { signal: abort.signal }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body!.getReader();
    const connected = await readEvents(reader, (t) => t.includes("connected"), 2000);
    expect(connected).toContain(": connected");

    const events = readEvents(reader, (t) => t.includes("vetting.mdx"));
    writeFileSync(path.join(root, "content", "guides", "vetting.mdx"), "---\ntitle: edited\n---\n");
    expect(await events).toContain('data: "guides/vetting.mdx"');
    abort.abort();
  });

  it("is a route only under next dev: production builds do not compile route.dev.ts", async () => {
    const isRoute = async (env: string) => {
      vi.stubEnv("NODE_ENV", env);
      vi.resetModules();
      const { default: config } = await import("@/next.config");
      return (config.pageExtensions ?? ["tsx", "ts", "jsx", "js"]).some((extension) => `route.${extension}` === "route.dev.ts");
    };
    expect(await isRoute("production")).toBe(false);
    expect(await isRoute("development")).toBe(true);
  });

  it("answers 404 if it is ever run outside dev", () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(GET(new Request("http://localhost/api/dev/content-events")).status).toBe(404);
  });
});
