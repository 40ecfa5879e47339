/**
 * Throughput under autocannon 9 (programmatic API): requests per second and p99 latency of our production
 * server beside its yardsticks (`next start` of the same build, a static file server holding the same bytes,
 * the plain Next.js + @next/mdx app), all in the same run.
 */
import autocannon from "autocannon";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, type Server } from "./procs";
import type { StaticEntry } from "./static-server";
import { markdownTable } from "./table";

/** Result of one autocannon run. */
export interface LoadResult {
  url: string;
  connections: number;
  seconds: number;
  /** Mean requests per second over the run. */
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses by status class, e.g. { "2xx": 5000 }. */
  statuses: Record<string, number>;
  errors: number;
  /** Each request had a query string never sent before (see `load`). */
  newQueries: boolean;
}

/** How long each measurement runs and warms up. */
export const defaultLoad = { connections: 50, seconds: 10, warmupSeconds: 2 };

let queryCounter = 0;

function run(url: string, connections: number, seconds: number, newQueries: boolean): Promise<autocannon.Result> {
  const { pathname, search } = new URL(url);
  // A query no server has seen yet on every request (`q=architect+<n>`): what caches cannot help with.
  const next = () => `${pathname}${search ? `${search}+` : "?q="}${++queryCounter}`;
  const requests = newQueries ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: next() }) }] : undefined;
  return autocannon({ url, connections, duration: seconds, headers: { "accept-encoding": "gzip" }, requests });
}

/**
 * Warms the server up (`warmupSeconds`, not counted: JIT, route caches), then loads `url` with
 * `connections` for `seconds`, every request with `Accept-Encoding: gzip`. With `newQueries`, each request
 * appends a number never used before to the query string (for /search: a cache miss every time).
 */
export async function load(url: string, opts: Partial<typeof defaultLoad> & { newQueries?: boolean } = {}): Promise<LoadResult> {
  const { connections, seconds, warmupSeconds, newQueries = false } = { ...defaultLoad, ...opts };
  if (warmupSeconds > 0) await run(url, connections, warmupSeconds, newQueries);
  const r = await run(url, connections, seconds, newQueries);
  return {
    url,
    connections,
    seconds,
    reqPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    statuses: { "2xx": r["2xx"], "3xx": r["3xx"], "4xx": r["4xx"], "5xx": r["5xx"] },
    errors: r.errors + r.timeouts,
    newQueries,
  };
}

/** Scratch folder for the static server's manifest and captured bodies; remove it when done. */
export const staticScratch = path.join(os.tmpdir(), "guide-bench-static");

const dropped = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

/**
 * Builds the static server's manifest from our server's answers: for each path, the status and headers it
 * sent (minus hop-by-hop ones) and the body from `file` (a prerendered `.next/server/app/*.html`) or, for a
 * page rendered per request (search), the body the server returned, saved to a scratch file.
 */
export async function staticManifest(base: string, pages: { path: string; file?: string; fallback?: boolean }[]): Promise<StaticEntry[]> {
  const dir = staticScratch;
  mkdirSync(dir, { recursive: true });
  const entries: StaticEntry[] = [];
  for (const [i, page] of pages.entries()) {
    const response = await fetch(new URL(page.path, base), { headers: { "accept-encoding": "identity" } });
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      if (!dropped.has(key)) headers[key] = value;
    });
    let file = page.file;
    if (!file) {
      file = path.join(dir, `body-${i}.html`);
      writeFileSync(file, body);
    }
    entries.push({ path: page.path, status: response.status, headers, file });
    if (page.fallback) entries.push({ path: "*", status: response.status, headers, file });
  }
  return entries;
}

/** Starts static-server.ts on `port` with the given manifest. */
export function startStaticServer(entries: StaticEntry[], port: number): Promise<Server> {
  const manifest = path.join(staticScratch, "manifest.json");
  mkdirSync(path.dirname(manifest), { recursive: true });
  writeFileSync(manifest, JSON.stringify(entries));
  const script = path.join(import.meta.dirname, "static-server.ts");
  return startServer("npx", ["tsx", script, manifest, String(port)], { cwd: process.cwd(), url: `http://localhost:${port}/` });
}

/** One row of the throughput table: one server under load on one target. */
export interface ThroughputRow {
  target: string;
  server: string;
  result: LoadResult;
  /** Our production server's result on the same target in the same run, for the ratio column. */
  ours?: LoadResult;
}

const statusText = (r: LoadResult) =>
  Object.entries(r.statuses)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ") + (r.errors ? `, errors ${r.errors}` : "");

/** The throughput table: every server on every target, with the req/s ratio ours ÷ that server. */
export function throughputTable(rows: ThroughputRow[]): string {
  return markdownTable(
    ["target", "conn", "server", "req/s", "p99 ms", "ours ÷ this (req/s)", "responses"],
    rows.map((r) => [
      `${r.target} \`${new URL(r.result.url).pathname}${new URL(r.result.url).search}${r.result.newQueries ? "+<n>" : ""}\``,
      r.result.connections,
      r.server,
      Math.round(r.result.reqPerSec),
      Math.round(r.result.p99Ms),
      r.ours && r.ours !== r.result ? `${(r.ours.reqPerSec / r.result.reqPerSec).toFixed(2)}×` : "–",
      statusText(r.result),
    ]),
  );
}
