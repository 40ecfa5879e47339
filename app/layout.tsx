import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { HashHistory } from "@/components/hash-history.client";
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
  // app/favicon.ico (16 and 32 px, drawn from the SVG) is added by Next for clients that cannot use SVG; the touch
  // icon sits at the path iOS asks for when a page names none.
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" }, apple: { url: "/apple-touch-icon.png", sizes: "180x180" } },
  alternates: { types: feedAlternate },
  // For the pages that set no Open Graph fields of their own (a 404, the pages after a form); pageMetadata's replace it.
  openGraph: { type: "website", siteName: site.shortName },
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
      {/* A column as tall as the window at least, so the footer of a short page (a form's answer) ends at the
          bottom of the screen rather than above an empty band. Each child spans the width, as a block would. On paper
          the body is a plain block again. */}
      <body className="flex min-h-dvh flex-col font-sans antialiased *:w-full print:block">
        <SiteHeader />
        {children}
        {/* Not printed: after the scorecard's sheets (a named page, app/globals.css) even an empty block starts a page. */}
        <div aria-hidden="true" className="grow print:hidden" />
        <SiteFooter />
        <IntentPrefetch />
        <HashHistory />
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
