import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { expect, test } from "@playwright/test";
import { ownServerPorts } from "../support/e2e-server";
import { tempDataDir } from "./forms-helpers";

/**
 * Sustained load on a production server of our own (so its memory can be read): 100 connections for
 * 20 s on a chapter, a search and a 404. No errors, no 5xx, and memory back near where it started.
 */
const port = ownServerPorts.load;
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess;

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

async function waitUntilServing() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not start");
}

function load(path: string, connections: number, duration: number) {
  return autocannon({ url: origin + path, connections, duration, headers: { "accept-encoding": "gzip" } });
}

test.beforeAll(async () => {
  server = spawn(process.execPath, ["--import", "tsx", "lib/server/start.ts"], {
    // Its own empty DATA_DIR: the server opens its store at start, and must not touch the project's data/.
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production", DATA_DIR: tempDataDir("load"), DATABASE_URL: "", SMTP_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitUntilServing();
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("100 connections for 20 s on a chapter, a search and a 404: no errors, no 5xx, memory back near its start", async () => {
  test.setTimeout(150_000);
  // Warm up at the same concurrency (first renders, caches, JIT, the heap's working size), then take the
  // starting point: growth after that, over a minute of load, is what a leak would look like. The 404s are
  // rendered on every request, and V8 lets the heap grow for a while before it settles: 3 s of warm-up
  // left the starting point low enough that 20 s of load could pass 1.2× with no leak (359 → 461 MiB).
  for (const path of ["/vetting", "/search?q=architect", "/no-such-page"]) await load(path, 100, path === "/no-such-page" ? 10 : 3);
  const start = rssBytes(server.pid!);
  const results: string[] = [];
  for (const path of ["/vetting", "/search?q=architect", "/no-such-page"]) {
    const result = await load(path, 100, 20);
    const expectedStatus = path === "/no-such-page" ? "4xx" : "2xx";
    results.push(`${path}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ${result.errors} errors, ${result.timeouts} timeouts`);
    console.log(results.at(-1));
    expect(result.errors, `${path}: connection errors`).toBe(0);
    expect(result.timeouts, `${path}: timeouts`).toBe(0);
    expect(result["5xx"], `${path}: 5xx`).toBe(0);
    expect(result[expectedStatus], `${path}: ${expectedStatus} answers`).toBe(result.requests.total);
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const end = rssBytes(server.pid!);
  console.log(`${results.join("; ")}; memory ${Math.round(start / 2 ** 20)} MiB → ${Math.round(end / 2 ** 20)} MiB`);
  expect(end, `memory grew from ${start} to ${end} bytes`).toBeLessThanOrEqual(start * 1.2);
});
