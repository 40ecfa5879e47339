/**
 * Runs once when a Next server starts (`npm start` and a bare `next start` alike): warns when the build's
 * absolute URLs point at localhost, because SITE_URL was not set at build time.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production") {
    const { warnIfBuiltForLocalhost } = await import("./lib/server/site-url");
    warnIfBuiltForLocalhost();
  }
}
