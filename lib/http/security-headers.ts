/**
 * The security headers every response carries: pages, files, images and the request guard's own answers.
 * One list, read by next.config.ts (Next's responses) and lib/server/start.ts (answers given before Next).
 */

/** Options that change the policy: the public origin (HSTS only over https) and whether this is `next dev`. */
export interface HeaderOptions {
  siteOrigin: string;
  dev: boolean;
}

/**
 * Content-Security-Policy, as strict as prerendering allows.
 *
 * `script-src`: every page carries inline scripts (Next's `self.__next_f.push(…)` data that hydrates the
 * page, and our no-flash theme script), and Next can only give them a nonce, which must be new on every
 * response: every page would be rendered per request (Next's docs say the same). So the production server
 * (lib/server/start.ts, lib/server/page-scripts.ts) names each HTML page's own inline scripts by hash
 * (`scriptHashes`), and no other inline script runs there: not one injected into the page, nor one a future
 * bug lets through into its markup. It keeps 'unsafe-inline' beside the hashes for browsers older than CSP
 * level 2 (2015), which know no hashes; every browser that does ignores 'unsafe-inline' once a hash is given.
 * Without `scriptHashes` (every other response, and pages under `next dev` or a bare `next start`) the
 * policy allows inline scripts, as those pages need. What protects us besides: no third-party origins at all
 * ('self' only), no 'unsafe-eval' in production, no plugins (object-src 'none'), no <base> hijacking, forms post
 * only to us, and nothing a reader types is ever rendered as HTML. `style-src` keeps 'unsafe-inline' because
 * React writes `style` attributes (the salary bars) and Next inlines critical CSS.
 */
export function contentSecurityPolicy({ siteOrigin, dev }: HeaderOptions, scriptHashes?: readonly string[]): string {
  const https = siteOrigin.startsWith("https://");
  const inline = scriptHashes === undefined ? " 'unsafe-inline'" : scriptHashes.length > 0 ? ` ${scriptHashes.join(" ")} 'unsafe-inline'` : "";
  const directives = [
    "default-src 'self'",
    // 'unsafe-eval' only under `next dev`, where React Refresh needs it.
    `script-src 'self'${inline}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Every security header, as name/value pairs. HSTS only when the public origin is https. */
export function securityHeaders(options: HeaderOptions): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
    },
  ];
  if (options.siteOrigin.startsWith("https://")) {
    // Not includeSubDomains: with SITE_URL at a company's apex (https://example.com) it would force HTTPS on
    // every other subdomain for two years. An operator who wants that adds it at the proxy.
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000" });
  }
  return headers;
}
