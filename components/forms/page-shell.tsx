import type { ReactNode } from "react";

/** Frame of the form and result pages: one column at reading width, an optional eyebrow above the h1. */
/**
 * `newsletter` marks the newsletter's own pages (signup, check your inbox, confirm, unsubscribe): the
 * footer's signup box is hidden there (app/globals.css), where it read as if the signup had not worked.
 */
export function PageShell({ eyebrow, title, newsletter, children }: { eyebrow?: string; title: string; newsletter?: boolean; children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} data-newsletter-page={newsletter || undefined} className="mx-auto max-w-2xl px-4 py-12 focus:outline-none sm:px-6">
      {eyebrow && <p className="text-sm font-semibold text-accent">{eyebrow}</p>}
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance md:text-4xl">{title}</h1>
      <div className="mt-6 space-y-4 text-lg">{children}</div>
    </main>
  );
}
