import { AppLink } from "./app-link";
import { footerLinks } from "@/lib/data/shortcuts";
import { site } from "@/lib/site";

/** Site footer: who publishes the guide and the pages outside the chapters. */
export function SiteFooter() {
  return (
    <footer data-site-footer className="mt-20 border-t border-border bg-bg-subtle">
      <div className="mx-auto flex max-w-[88rem] flex-col gap-4 px-4 py-10 text-sm text-fg-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          {site.name}. Published by {site.publisher}.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-4">
            {footerLinks.map((link) => (
              <li key={link.href}>
                <AppLink className="underline-offset-4 hover:underline" href={link.href}>
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
