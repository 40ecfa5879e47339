import type { ReactNode } from "react";

/**
 * `withoutFooterSignup` marks the pages about a reader's own subscription or data (signup, check your
 * inbox, confirm, unsubscribe, deletion): the footer's signup box is hidden there (components/site-footer.tsx), where
 * it read as if the signup had not worked, or offered the list to someone leaving it.
 */
export function PageShell(props: { eyebrow?: string; title: string; withoutFooterSignup?: boolean; children: ReactNode }) {
  const { eyebrow, title, withoutFooterSignup, children } = props;
  return (
    <main id="main" tabIndex={-1} data-without-footer-signup={withoutFooterSignup || undefined} className="mx-auto max-w-2xl px-4 py-12 focus:outline-none sm:px-6">
      {eyebrow && <p className="text-sm font-semibold text-accent">{eyebrow}</p>}
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance md:text-4xl">{title}</h1>
      <div className="mt-6 space-y-4 text-lg">{children}</div>
    </main>
  );
}
