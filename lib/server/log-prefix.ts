/** What a log line is: news (the server is up, a setting in use), something to look at, or something that failed. */
export type LogLevel = "info" | "warn" | "error";

/**
 * The start of every line the production server logs: the time (UTC, ISO 8601) and the level, so an operator
 * can tell when a mail failed and find the errors (`grep ' error '`):
 * `2026-11-27T05:12:03.120Z error signup mail not sent: ETIMEDOUT`. Under systemd (`JOURNAL_STREAM` set), the
 * journal stamps each line itself, so only the level.
 */
export function logPrefix(level: LogLevel, now: Date, env: Record<string, string | undefined>): string {
  const tag = level.padEnd(5);
  return env.JOURNAL_STREAM ? tag : `${now.toISOString()} ${tag}`;
}

type ConsoleLike = Pick<Console, "log" | "info" | "warn" | "error">;

/**
 * Prefixes what the server writes through `console` (its own lines and Next's) with `logPrefix`. Hand-written
 * rather than a logger such as pino: the lines are plain sentences written with console, by our code and by
 * Next alike, and prefixing console covers both without a second format. A first argument that is a string
 * stays the format string (Next and React pass `%s` arguments), with the prefix in front of each of its lines.
 */
export function installLogPrefix(env: Record<string, string | undefined> = process.env, target: ConsoleLike = console): void {
  const levels: [keyof ConsoleLike, LogLevel][] = [
    ["log", "info"],
    ["info", "info"],
    ["warn", "warn"],
    ["error", "error"],
  ];
  for (const [method, level] of levels) {
    const write = target[method].bind(target);
    target[method] = (...args: unknown[]) => {
      const prefix = logPrefix(level, new Date(), env);
      // Each line of a message of several (a warning and what to do about it) gets the prefix too: under systemd
      // every line is its own journal entry, and `grep ' warn '` dropped the lines that say what to do.
      if (typeof args[0] === "string") write(`${prefix} ${args[0].replaceAll("\n", `\n${prefix} `)}`, ...args.slice(1));
      else write(prefix, ...args);
    };
  }
}
