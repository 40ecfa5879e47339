/**
 * Next calls register() once when a server starts. It opens the form store and runs its migrations then
 * (lib/store: openStoreAtStart), so the log says at start whether signups can be stored. Not while
 * `next build` prerenders: a build never touches the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { openStoreAtStart } = await import("./lib/store");
  // Not awaited: an unreachable database must not hold the server back from serving pages.
  void openStoreAtStart();
}
