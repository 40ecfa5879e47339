/**
 * Child processes of the bench: servers that are always killed (also on Ctrl-C or a crash), and timed
 * commands whose peak memory is sampled from /proc. Every child gets its own process group, so killing
 * the group ends `npx` and the real server under it, and nothing else.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const started = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Kills every process group this module started and is still running. */
export function killAll(): void {
  for (const child of started) killGroup(child, "SIGKILL");
  started.clear();
}

process.on("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** A server started by `startServer`; `stop()` ends its whole process group. */
export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `command args…` in `cwd` (own process group) and waits until `url` answers (any status). */
export async function startServer(command: string, args: string[], opts: { cwd: string; url: string; env?: Record<string, string>; timeoutMs?: number }): Promise<Server> {
  const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  started.add(child);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(" ")} exited with ${child.exitCode}: ${stderr}`);
    try {
      await fetch(opts.url, { signal: AbortSignal.timeout(2000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        killGroup(child, "SIGKILL");
        throw new Error(`${opts.url} did not answer within ${opts.timeoutMs ?? 60_000} ms: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return {
    url: opts.url,
    pid: child.pid as number,
    stop: async () => {
      killGroup(child);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      const late = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
      if (child.exitCode === null && child.signalCode === null) await exited;
      clearTimeout(late);
      started.delete(child);
    },
  };
}

/** Process ids of `root` and all its descendants, read from /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(name), Number(fields[1]));
    } catch {
      // exited while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parentOf) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** Resident memory (bytes) of a process tree: the sum of VmRSS over every process in it. */
export function treeRss(root: number): number {
  let total = 0;
  for (const pid of processTree(root)) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // exited while we looked
    }
  }
  return total;
}

/**
 * Proportional memory (bytes) of a process tree: the sum of Pss from /proc/<pid>/smaps_rollup, where a page
 * shared by N processes counts 1/N in each. Summed RSS counts shared pages (node, libraries) once per worker.
 */
export function treePss(root: number): number {
  let total = 0;
  for (const pid of processTree(root)) {
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // exited while we looked
    }
  }
  return total;
}

/** What `timed` measured. */
export interface TimedRun {
  seconds: number;
  /** Peak of the summed RSS of the whole process tree, sampled every 100 ms. */
  peakRssBytes: number;
  /** Peak of the summed PSS of the tree (shared pages counted once), sampled every 500 ms. */
  peakPssBytes: number;
  exitCode: number;
  output: string;
}

/**
 * Runs a command to completion, measuring wall time and peak tree RSS; keeps the last 8 KB of output.
 * With `timeoutMs`, the process group is killed after that long (exit code 124, like timeout(1)).
 */
export function timed(command: string, args: string[], opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): Promise<TimedRun> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    started.add(child);
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    let peak = 0;
    let peakPss = 0;
    let ticks = 0;
    const sampler = setInterval(() => {
      if (!child.pid) return;
      peak = Math.max(peak, treeRss(child.pid));
      // smaps_rollup walks every mapping: read it less often than VmRSS.
      if (ticks++ % 5 === 0) peakPss = Math.max(peakPss, treePss(child.pid));
    }, 100);
    let timedOut = false;
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          killGroup(child, "SIGKILL");
        }, opts.timeoutMs)
      : undefined;
    child.on("exit", (code) => {
      clearInterval(sampler);
      clearTimeout(timer);
      if (timedOut) code = 124;
      started.delete(child);
      resolve({ seconds: (performance.now() - start) / 1000, peakRssBytes: peak, peakPssBytes: peakPss, exitCode: code ?? 1, output });
    });
  });
}

/** Runs a command and returns its stdout (throws on failure). For short commands: nproc, du, git. */
export async function capture(command: string, args: string[], cwd = process.cwd()): Promise<string> {
  const run = await timed(command, args, { cwd });
  if (run.exitCode !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${run.output}`);
  return run.output.trim();
}
