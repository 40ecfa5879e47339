import { execFileSync } from "node:child_process";

/**
 * Runs git in `cwd` and gives its output, trimmed; undefined when git is missing or `cwd` is in no repository
 * (a copied release, a scratch copy). For the build's ID and the content check's dates, never for a request.
 */
export function git(cwd: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}
