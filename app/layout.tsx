import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { IntentPrefetch } from "@/components/intent-prefetch.client";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ThemeScript } from "@/components/theme-script";
import { feedAlternate, titleTemplate } from "@/lib/metadata";
import { site, siteOrigin } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin),
  title: titleTemplate,
  description: site.description,
  applicationName: site.shortName,
  formatDetection: { telephone: false },
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
  alternates: { types: feedAlternate },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1116" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme / data-js before paint, so React must not complain about them.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <SiteHeader />
        {children}
        <SiteFooter />
        <IntentPrefetch />
        <DevContentRefreshUnderDev />
      </body>
    </html>
  );
}

/**
 * Under `next dev` only, the leaf that reloads the page when a chapter is saved. The import sits inside the
 * check so that a production build drops it: imported at the top of this file, its module shipped in every
 * page's JavaScript even though it never rendered there.
 */
async function DevContentRefreshUnderDev() {
  if (process.env.NODE_ENV === "development") {
    const { DevContentRefresh } = await import("@/components/dev-content-refresh.client");
    return <DevContentRefresh />;
  }
  return null;
}
