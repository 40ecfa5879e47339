/**
 * Checks that must run before the rest of the production server is even loaded (lib/server/start.ts imports
 * this module first, and ES modules run in import order); and, first of all, every line the server logs from
 * here on starts with its time and level (lib/server/log-prefix.ts):
 * - a build exists: without one, Next stopped with a stack trace that says "next build";
 * - SITE_URL at start is an origin, or is ignored with one line: it belongs to the build (next.config.ts
 *   compiles it in) and only feeds a warning now, but lib/site.ts and Next's config read it while loading, and
 *   a value like "guide.example.com" stopped the server with a 14-line stack trace.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { originFrom } from "../origin";
import { installLogPrefix } from "./log-prefix";

installLogPrefix();

if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
  console.error("✗ There is no production build here (.next/BUILD_ID). Run `npm run build` first, or `npm run serve` to install, build and start.");
  process.exit(1);
}

const siteUrl = process.env.SITE_URL;
if (siteUrl) {
  try {
    originFrom(siteUrl);
  } catch (error) {
    console.warn(`⚠ ${(error as Error).message} Ignored: this server uses the address the site was built for.`);
    delete process.env.SITE_URL;
  }
}
