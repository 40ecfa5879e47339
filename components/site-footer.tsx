import { AppLink } from "./app-link";
import { NewsletterBox } from "./forms/newsletter-box";
import { footerLinks } from "@/lib/data/shortcuts";
import { site } from "@/lib/site";

/** Site footer: the newsletter signup, who publishes the guide and the pages outside the chapters. */
export function SiteFooter() {
  return (
    <footer data-site-footer className="mt-20 border-t border-border bg-bg-subtle">
      {/* Hidden, by CSS alone, on pages about a reader's own subscription or data (components/forms/page-shell.tsx) and on chapters, which end with their own (components/article-layout.tsx). */}
      <div data-footer-signup className="mx-auto max-w-[88rem] px-4 pt-10 sm:px-6 [body:has(main[data-without-footer-signup])_&]:hidden">
        <NewsletterBox idPrefix="footer-signup" />
      </div>
      <div className="mx-auto flex max-w-[88rem] flex-col gap-4 px-4 py-10 text-sm text-fg-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          {site.name}. Published by {site.publisher}.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-4">
            {footerLinks.map((link) => (
              <li key={link.href}>
                <AppLink className="underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-fg" href={link.href}>
                  {link.text}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
