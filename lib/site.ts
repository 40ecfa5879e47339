/**
 * Site-wide settings. Each value comes from ONE place: an environment variable with a safe local default.
 * Everything that builds an absolute URL (canonical links, Open Graph, sitemap, copy-link) reads `siteOrigin`.
 */

/**
 * Public origin of the site, without a trailing slash. Env `SITE_URL` (empty counts as unset); default
 * `http://localhost:3000`. In code Next compiles, the value is the one given to the build (next.config.ts).
 */
export const siteOrigin: string = originFrom(process.env.SITE_URL || "http://localhost:3000");

/**
 * The origin SITE_URL names, or an error that says what is wrong with it. Thrown while next.config.ts loads,
 * so a build with a mistyped SITE_URL stops at once with this message instead of a "TypeError: Invalid URL"
 * from deep in the prerendering.
 */
export function originFrom(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const path = url?.pathname.replace(/\/+$/, "");
  if (!url || !/^https?:$/.test(url.protocol) || path || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be the site's public origin, like https://guide.example.com (http or https, a host, no path); it is "${value}".`);
  }
  return url.origin;
}

/** Repository base URL used for "Edit this page" links. Env `REPO_URL`. */
export const repoUrl: string = (process.env.REPO_URL ?? "https://github.com/ai-people-agency/ai-hiring-guide").replace(
  /\/+$/,
  "",
);

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
