import type { NextConfig } from "next";
import { buildIdFromSource } from "./lib/build-id";
import { securityHeaders } from "./lib/http/security-headers";
import { repoBranch, repositoryUrlFrom, repoUrl, siteOrigin } from "./lib/site";

const isDev = process.env.NODE_ENV === "development";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The public origin and the "Edit this page" repository are the build's: Next writes them into the
  // compiled code, so pages rendered on request (share pages, /search), the mails' links and the form checks
  // agree with the prerendered pages even when the server starts without these variables (build once, run
  // elsewhere). Changing them means rebuilding; lib/server/start.ts warns when SITE_URL at start disagrees.
  env: { SITE_URL: siteOrigin, REPO_URL: repositoryUrlFrom(repoUrl), REPO_BRANCH: repoBranch },
  poweredByHeader: false,
  // One ID for every build of one commit, so several instances built apart agree (lib/build-id.ts says why).
  generateBuildId: () => buildIdFromSource(),
  // No page uses next/image (components/mdx/figure.tsx says why). With the optimizer on, /_next/image still
  // rendered any of the site's images at any width on request, wrote each to .next/cache, and logged an
  // error line for every request naming the SVG icon.
  images: { unoptimized: true },
  // Types are checked by `npm run typecheck` (route types from `next typegen`, then tsc), which `npm run
  // build` runs first. Next would otherwise run the same checker alongside its own compiler, and the
  // native TypeScript 7 checker needs about 650 MB: one after the other keeps the build's peak memory to
  // the larger of the two instead of their sum.
  typescript: { ignoreBuildErrors: true },
  // No source maps for the server bundles, and none loaded while prerendering: at 500 chapters they held
  // about 200 MB of the build's peak (1,582 MiB summed RSS with them, 1,357 MiB without; issue 12's limit
  // is 1.5 GB). The cost: a server error's stack in the log points into the compiled bundle rather than
  // at our TypeScript. Content mistakes are unaffected; `npm run check` reports them with file and line.
  enablePrerenderSourceMaps: false,
  experimental: { turbopackSourceMaps: false },
  // `*.dev.ts` files are routes only under `next dev`: the content event stream that reloads edited
  // chapters (app/api/dev/content-events/route.dev.ts) is not even compiled into a production build.
  pageExtensions: isDev ? ["dev.ts", "tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js"],
  // Chapters are read from content/ at build time; tell the tracer so `next start` elsewhere still has them.
  // Preview images read their font from public/fonts/ the same way.
  outputFileTracingIncludes: { "/*": ["./content/**/*", "./public/fonts/*"] },
  async rewrites() {
    return {
      // Before the file system, or `/vetting.md` would be taken by the `[chapter]` page (and 404 there).
      beforeFiles: [{ source: "/:chapter([a-z0-9]+(?:-[a-z0-9]+)*)\\.md", destination: "/md/:chapter" }],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    // Every response Next makes; the request guard (lib/server/start.ts) adds the same list to its own answers.
    return [{ source: "/:path*", headers: securityHeaders({ siteOrigin, dev: process.env.NODE_ENV === "development" }) }];
  },
};

export default nextConfig;
