import { readFileSync } from "node:fs";
import path from "node:path";
import { originFrom } from "../origin";

/**
 * The public origin a production build baked into its pages (canonical links, og:url, preview images,
 * sitemap), read back from the prerendered robots.txt, or undefined when it cannot be read.
 */
export function builtOrigin(distDir: string): string | undefined {
  try {
    const robots = readFileSync(path.join(distDir, "server", "app", "robots.txt.body"), "utf8");
    return /^Sitemap:\s*(\S+?)\/sitemap\.xml\s*$/m.exec(robots)?.[1];
  } catch {
    return undefined;
  }
}

/** True for origins only this machine can reach. */
export function isLocalOrigin(origin: string): boolean {
  return /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)(:\d+)?$/.test(origin);
}

/**
 * The warning to print when a production server starts, or undefined when all is well: when the build's
 * absolute URLs point at this machine (SITE_URL was not set when it was built), or when SITE_URL now names
 * another origin than the build's. The build's origin is the one every page, preview and mail link uses
 * (next.config.ts compiles it in), so the second case needs a rebuild, not a restart.
 */
export function siteUrlWarning(origin: string | undefined, envSiteUrl: string | undefined, port?: number): string | undefined {
  const now = envSiteUrl ? originFrom(envSiteUrl) : undefined;
  if (origin && !isLocalOrigin(origin)) {
    if (now === undefined || now === origin) return undefined;
    return [
      `⚠ SITE_URL is ${now}, but this site was built for ${origin}, and every page, preview image, sitemap entry`,
      `  and link in a mail keeps using ${origin}. To move the site, rebuild:  SITE_URL=${now} npm run serve`,
    ].join("\n");
  }
  const shown = origin ?? "http://localhost:3000";
  const builtPort = Number(new URL(shown).port || 80);
  return [
    `⚠ This site was built for ${shown} (SITE_URL was unset or local when it was built): every canonical`,
    `  link, preview image (og:image), sitemap entry and copied section link points there, which only this machine can open.`,
    `  Rebuild with your public address, e.g.:  SITE_URL=https://guide.example.com npm run serve`,
    ...(now && now !== shown ? [`  (SITE_URL is ${now} now, but the pages were built without it: rebuild.)`] : []),
    // Trying the site on another port: the confirmation link in a mail would open a port nothing serves.
    ...(port !== undefined && port !== builtPort ? [`  This server listens on port ${port}, so the links in its mails lead nowhere here: build with the same PORT (PORT=${port} npm run serve).`] : []),
  ].join("\n");
}

/** Prints the SITE_URL warning (see siteUrlWarning) for a build made for `origin` (from builtOrigin). */
export function warnAboutSiteUrl(origin: string | undefined, port: number): void {
  const warning = siteUrlWarning(origin, process.env.SITE_URL, port);
  if (warning) console.warn(warning);
}
