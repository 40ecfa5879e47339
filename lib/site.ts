/**
 * Site-wide settings. Each value comes from ONE place: an environment variable with a safe local default.
 * Everything that builds an absolute URL (canonical links, Open Graph, sitemap, copy-link) reads `siteOrigin`.
 */
import { originFrom, repositoryUrlFrom } from "./origin";

/**
 * The origin without SITE_URL: this machine, on the port `PORT` names (3000 when unset or not a port).
 * `PORT=3001 npm run serve` gives PORT to the build as well as to the server; the default used to be port
 * 3000 whatever PORT said, so every link in a mail (confirmation, unsubscribe) led to a port nothing served.
 */
export function localOrigin(port: string | undefined): string {
  const n = /^\d+$/.test(port?.trim() ?? "") ? Number(port) : 0;
  return `http://localhost:${n >= 1 && n <= 65_535 ? n : 3000}`;
}

/**
 * Public origin of the site, without a trailing slash. Env `SITE_URL` (empty counts as unset); default
 * `localOrigin(PORT)`. In code Next compiles, the value is the one given to the build (next.config.ts).
 */
export const siteOrigin: string = originFrom(process.env.SITE_URL || localOrigin(process.env.PORT));

export { originFrom, repositoryUrlFrom };

/** Repository base URL used for "Edit this page" links. Env `REPO_URL` (empty counts as unset); next.config.ts checks it. */
export const repoUrl: string = (process.env.REPO_URL || "https://github.com/ai-people-agency/ai-hiring-guide").replace(/\/+$/, "");

/** Branch that "Edit this page" links point at. Env `REPO_BRANCH`; default `main`. */
export const repoBranch: string = process.env.REPO_BRANCH ?? "main";

/** Name and one-line pitch used in titles, previews and structured data. */
export const site = {
  name: "AI Architect vs Software Engineer: the hiring guide",
  shortName: "AI Hiring Guide",
  publisher: "AI People Agency",
  description:
    "A practical guide for CTOs and founders: when you need an AI Architect, when a Software Engineer, and how to find, vet and pay them.",
} as const;

/** Turns a root-relative path into an absolute URL on the public origin. */
export function absoluteUrl(path: string): string {
  return `${siteOrigin}${path.startsWith("/") ? path : `/${path}`}`;
}
