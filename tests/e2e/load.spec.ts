import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { expect, test } from "@playwright/test";
import { ownServerPorts } from "../support/e2e-server";
import { tempDataDir } from "./forms-helpers";

/**
 * Sustained load on a production server of our own (so its memory can be read): 100 connections for
 * 20 s, shared by a chapter, a search and a 404 at once, as a reader's traffic comes (the cache's answers
 * and pages rendered on request interleaved). No errors, no 5xx, and memory back near where it started.
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

const paths = ["/vetting", "/search?q=architect", "/no-such-page"];

/** 100 connections in all, split between the paths, for `duration` seconds; one result per path. */
function load(duration: number) {
  return Promise.all(
    paths.map((path, i) => autocannon({ url: origin + path, connections: i === 0 ? 34 : 33, duration, headers: { "accept-encoding": "gzip" } })),
  );
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

test("100 connections for 20 s on a chapter, a search and a 404 at once: no errors, no 5xx, memory back near its start", async () => {
  test.setTimeout(150_000);
  // Warm up under the same load (first renders, caches, JIT), then take the starting point: growth after that,
  // over the load, is what a leak would look like. Under this load the server's memory climbs for its first
  // 20 s or so, then swings with V8's heap without a trend (by hand, after each of 8 rounds of 10 s: 359, 450,
  // 407, 407, 466, 457, 392, 390 MiB). A single reading after 10 s of warm-up was below that band, and the check
  // failed one run in three with no leak (366 → 495, 369 → 460 MiB). So: 20 s of warm-up, the start is the higher
  // of its two readings, and the end the lower of two after the load. A leak raises both.
  await load(10);
  const warm = rssBytes(server.pid!);
  await load(10);
  const start = Math.max(warm, rssBytes(server.pid!));
  const results = await load(20);
  const lines = results.map((result, i) => `${paths[i]}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ${result.errors} errors, ${result.timeouts} timeouts`);
  console.log(lines.join("; "));
  results.forEach((result, i) => {
    const path = paths[i];
    const expectedStatus = path === "/no-such-page" ? "4xx" : "2xx";
    expect(result.errors, `${path}: connection errors`).toBe(0);
    expect(result.timeouts, `${path}: timeouts`).toBe(0);
    expect(result["5xx"], `${path}: 5xx`).toBe(0);
    expect(result[expectedStatus], `${path}: ${expectedStatus} answers`).toBe(result.requests.total);
    expect(result.requests.total, `${path}: answers under load`).toBeGreaterThan(0);
  });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const mid = rssBytes(server.pid!);
  await load(10);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const end = rssBytes(server.pid!);
  console.log(`memory ${Math.round(warm / 2 ** 20)}, ${Math.round(start / 2 ** 20)} MiB → ${Math.round(mid / 2 ** 20)} MiB, ${Math.round(end / 2 ** 20)} MiB`);
  expect(Math.min(mid, end), `memory grew from ${start} to ${mid} and ${end} bytes`).toBeLessThanOrEqual(start * 1.2);
});
