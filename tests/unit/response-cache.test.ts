import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { createResponseCache, responseCacheKey } from "@/lib/server/response-cache";

// The server's response cache keeps any /search address, so a script walking /search?q=<random> must not grow
// it without end: past its limits, the least recently used answers go first.
let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real HTTP server behind a small cache, counting how often each address was rendered (not served from it). */
async function cachedServer(limits: { maxEntries?: number; maxBytes?: number }) {
  const cache = createResponseCache(limits);
  const renders = new Map<string, number>();
  server = http.createServer((req, res) => {
    const key = responseCacheKey(req)!;
    if (cache.serveFromCache(key, req, res)) return;
    cache.recordIntoCache(key, req, res);
    renders.set(req.url!, (renders.get(req.url!) ?? 0) + 1);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<p>results for ${req.url}</p>`.padEnd(100, " "));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { headers: { "Accept-Encoding": "identity" } }).then((r) => r.text());
  return { get, renders: (path: string) => renders.get(path) ?? 0 };
}

it("keeps at most its number of answers, dropping the least recently used", async () => {
  const { get, renders } = await cachedServer({ maxEntries: 3 });
  for (const q of [1, 2, 3]) await get(`/search?q=${q}`);
  await get("/search?q=1"); // used again: now the most recent
  await get("/search?q=4"); // one too many: q=2, the least recently used, goes
  for (const q of [1, 3, 4, 2]) await get(`/search?q=${q}`);
  expect([1, 2, 3, 4].map((q) => renders(`/search?q=${q}`))).toEqual([1, 2, 1, 1]);
});

it("keeps at most its bytes of answers", async () => {
  const { get, renders } = await cachedServer({ maxBytes: 250 }); // room for two bodies of 100 bytes
  for (const q of [1, 2, 3, 1, 2, 3]) await get(`/search?q=${q}`);
  expect([1, 2, 3].map((q) => renders(`/search?q=${q}`))).toEqual([2, 2, 2]); // each pushed out before asked again
  await get("/search?q=3");
  expect(renders("/search?q=3")).toBe(2); // the last kept is served
});
