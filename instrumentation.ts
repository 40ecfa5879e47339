/**
 * Runs once when a Next server starts (`npm start` and a bare `next start` alike): warns when the build's
 * absolute URLs point at localhost, because SITE_URL was not set at build time.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const path = await import("node:path");
  const { builtOrigin, siteUrlWarning } = await import("./lib/server/site-url");
  const warning = siteUrlWarning(builtOrigin(path.join(process.cwd(), ".next")), process.env.SITE_URL);
  if (warning) console.warn(warning);
}
