/*
 * Imports nothing and reads no environment: the production server checks SITE_URL with it before anything
 * that evaluates lib/site.ts (lib/server/preflight.ts).
 */

/**
 * The origin SITE_URL names, or an error that says what is wrong with it. Thrown while next.config.ts loads,
 * so a build with a mistyped SITE_URL stops at once with this message instead of a "TypeError: Invalid URL"
 * from deep in the prerendering.
 */
export function originFrom(value: string): string {
  const url = webUrl(value);
  const path = url?.pathname.replace(/\/+$/, "");
  if (!url || path) {
    throw new Error(`SITE_URL must be the site's public origin, like https://guide.example.com (http or https, a host, no path); it is "${value}".`);
  }
  return url.origin;
}

/**
 * The repository address REPO_URL names, without a trailing slash, or an error naming the value. Checked while
 * next.config.ts loads, as SITE_URL is: "Edit this page" links are made from it, and a value without its
 * https:// (github.com/owner/repository) made every one of them a relative link that led nowhere.
 */
export function repositoryUrlFrom(value: string): string {
  if (!webUrl(value)) {
    throw new Error(`REPO_URL must be the repository's web address, like https://github.com/owner/repository; it is "${value}".`);
  }
  return value.replace(/\/+$/, "");
}

/** `value` as an http(s) address with no query, fragment or credentials, or undefined: what both settings need. */
function webUrl(value: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return /^https?:$/.test(url.protocol) && !url.search && !url.hash && !url.username && !url.password ? url : undefined;
}
