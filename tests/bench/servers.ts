/**
 * The servers the bench measures. "Ours" is the production server exactly as `npm start` runs it
 * (`tsx lib/server/start.ts`: Next's handler behind the request guard and the response cache), started as
 * `node --import tsx lib/server/start.ts` so the bench holds the server process itself. `next start` of the
 * same build is kept as a yardstick: it shows what the guard and the cache add (or cost).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, type Server } from "./procs";

const dataDirs = new Set<string>();
process.on("exit", () => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * Starts the production server of the build in `dir` on `port`, with SITE_URL set to that port and an
 * empty DATA_DIR of its own (the forms store there; removed when the server stops or the bench exits).
 * DATABASE_URL and SMTP_URL are emptied so a value in the caller's shell never sends the bench's form
 * pages to a real database or mail server.
 */
export async function startOurs(dir: string, port: number): Promise<Server> {
  const base = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "guide-bench-data-"));
  dataDirs.add(dataDir);
  const cleanup = () => {
    rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
  };
  try {
    const server = await startServer(process.execPath, ["--import", "tsx", "lib/server/start.ts"], {
      cwd: dir,
      url: `${base}/`,
      env: { PORT: String(port), SITE_URL: base, DATA_DIR: dataDir, DATABASE_URL: "", SMTP_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
    });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** Starts `next start` of the build in `dir` on `port` (no request guard, no response cache). */
export function startNextStart(dir: string, port: number): Promise<Server> {
  const base = `http://localhost:${port}`;
  return startServer("npx", ["next", "start", "-p", String(port)], { cwd: dir, url: `${base}/`, env: { SITE_URL: base, NEXT_TELEMETRY_DISABLED: "1" } });
}
