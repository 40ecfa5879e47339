/**
 * The throughput yardstick: a minimal node:http server that answers from memory with precompressed gzip
 * bodies and the headers `next start` sent for the same path. Whatever `next start` serves slower than
 * this is the framework's (and our code's) own cost, not the network's or gzip's.
 *
 *   npx tsx tests/bench/static-server.ts <manifest.json> <port>
 *
 * The manifest lists `{ path, status, headers, file }`: `path` is matched exactly (pathname + query);
 * unknown paths get the entry whose `path` is "*" (the 404 page). Written by hand because the point is to
 * be the least a server can do; a framework here would measure that framework instead.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";

/** One response the static server can give. */
export interface StaticEntry {
  path: string;
  status: number;
  headers: Record<string, string>;
  /** File holding the raw (uncompressed) body, e.g. .next/server/app/vetting.html. */
  file: string;
}

function serve(manifestFile: string, port: number) {
  const entries = (JSON.parse(readFileSync(manifestFile, "utf8")) as StaticEntry[]).map((entry) => {
    const raw = readFileSync(entry.file);
    return { ...entry, raw, gzip: gzipSync(raw, { level: 6 }) };
  });
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  const fallback = byPath.get("*");
  createServer((request, response) => {
    const entry = byPath.get(request.url ?? "/") ?? fallback;
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const body = gzip ? entry.gzip : entry.raw;
    response.writeHead(entry.status, {
      ...entry.headers,
      ...(gzip ? { "content-encoding": "gzip" } : {}),
      "content-length": body.length,
      date: new Date().toUTCString(),
    });
    response.end(body);
  }).listen(port);
}

if (process.argv[2] && process.argv[3]) serve(process.argv[2], Number(process.argv[3]));
