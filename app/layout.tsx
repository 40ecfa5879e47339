import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DevContentRefresh } from "@/components/dev-content-refresh.client";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ThemeScript } from "@/components/theme-script";
import { getAllChapters } from "@/lib/chapters";
import { feedAlternate } from "@/lib/metadata";
import { site, siteOrigin } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin),
  title: { default: site.name, template: `%s · ${site.shortName}` },
  description: site.description,
  applicationName: site.shortName,
  formatDetection: { telephone: false },
  alternates: { types: feedAlternate },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1116" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Broken content must not take the layout down with it: the page then shows the error (with file and
  // line) inside a working layout, and under `next dev` the content watcher can still reload it once fixed.
  // `next build` still fails, because every page and generateStaticParams call getAllChapters too.
  const chapters = await getAllChapters().catch(() => []);
  return (
    // The theme script sets data-theme / data-js before paint, so React must not complain about them.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <SiteHeader chapters={chapters} />
        {children}
        <SiteFooter />
        {process.env.NODE_ENV === "development" && <DevContentRefresh />}
      </body>
    </html>
  );
}
