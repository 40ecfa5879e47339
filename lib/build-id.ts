import { execFileSync } from "node:child_process";

/**
 * The build's ID (next.config.ts `generateBuildId`): `BUILD_ID` when the operator sets one, else the git commit
 * when the work tree is clean, else null (Next's random ID). Instances built apart, from one commit, then share
 * it: with Next's random ID, every client-side navigation that another instance answered became a full page
 * load (Next reloads when the build changes), and the planner lost its scroll and focus at each answer. A tree
 * with uncommitted changes keeps a random ID, as two such builds may differ.
 */
export function buildIdFromSource(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string | null {
  const given = env.BUILD_ID?.trim();
  if (given) return given;
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return git("status", "--porcelain") === "" ? git("rev-parse", "HEAD") : null;
  } catch {
    return null; // no git, or not a repository (a copied release): Next's own ID
  }
}
