import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";
import { siteOrigin } from "./lib/site";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Chapters are read from content/ at build time; tell the tracer so `next start` elsewhere still has them.
  outputFileTracingIncludes: { "/*": ["./content/**/*"] },
  async headers() {
    // Every response Next makes; the request guard (lib/server/start.ts) adds the same list to its own answers.
    return [{ source: "/:path*", headers: securityHeaders({ siteOrigin, dev: process.env.NODE_ENV === "development" }) }];
  },
};

export default nextConfig;
