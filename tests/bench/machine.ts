/** Facts about the run (machine, versions, commit, load) for the header of results.md, and waiting for a quiet machine. */
import os from "node:os";
import { installedVersion } from "./baseline";
import { repoRoot } from "./generate";
import { capture } from "./procs";

/** The 1-minute load average, as `uptime` prints it. */
export const load1 = () => os.loadavg()[0];

/** Date, cores, memory, versions and commit, as Markdown lines. */
export async function machineFacts(): Promise<string[]> {
  const memory = (await capture("free", ["-m"])).split("\n").find((line) => line.startsWith("Mem:"))?.split(/\s+/)[1];
  const commit = await capture("git", ["rev-parse", "--short", "HEAD"], repoRoot);
  const dirty = (await capture("git", ["status", "--porcelain"], repoRoot)) !== "";
  return [
    `- date: ${new Date().toISOString().replace("T", " ").slice(0, 16)} UTC`,
    `- machine: ${await capture("nproc", [])} cores (nproc), ${memory} MiB memory (free -m), ${os.cpus()[0]?.model ?? "unknown CPU"}, load average at start ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`,
    `- next ${installedVersion("next")}, react ${installedVersion("react")}, node ${process.version}, Chromium at /usr/bin/chromium, Lighthouse ${installedVersion("lighthouse")}, autocannon ${installedVersion("autocannon")}`,
    `- git commit: ${commit}${dirty ? " (with uncommitted changes)" : ""}`,
  ];
}

/**
 * Waits until the 1-minute load average is below `below` (other engineers' builds share these cores),
 * polling every 10 s for at most `maxSeconds`. Returns the load average when it stopped waiting.
 */
export async function waitForQuiet(below: number, maxSeconds: number, log: (line: string) => void): Promise<number> {
  const deadline = Date.now() + maxSeconds * 1000;
  while (load1() >= below && Date.now() < deadline) {
    log(`  machine busy (load ${load1().toFixed(2)}), waiting for < ${below}…`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  return load1();
}
