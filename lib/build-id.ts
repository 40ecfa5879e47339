import { git } from "./git";

/**
 * The build's ID (next.config.ts `generateBuildId`): `GUIDE_BUILD_ID` when the operator sets one (a build made
 * without git), else the git commit when the work tree is clean, else null (Next's random ID). Instances built
 * apart, from one commit, then share it: with Next's random ID, every client-side navigation that another
 * instance answered became a full page load (Next reloads when the build changes), and the planner lost its
 * scroll and focus at each answer. A tree with uncommitted changes keeps a random ID, as two such builds may
 * differ. Not `BUILD_ID`: Jenkins sets that on every build.
 */
export function buildIdFromSource(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string | null {
  const given = env.GUIDE_BUILD_ID?.trim();
  if (given) return given;
  return git(cwd, ["status", "--porcelain"]) === "" ? (git(cwd, ["rev-parse", "HEAD"]) ?? null) : null;
}
