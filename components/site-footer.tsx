import Link from "next/link";
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
            <li><Link className="underline-offset-4 hover:underline" href="/salaries">Salary benchmarks</Link></li>
            <li><Link className="underline-offset-4 hover:underline" href="/faq">FAQ</Link></li>
            <li><Link className="underline-offset-4 hover:underline" href="/search">Search</Link></li>
            <li><Link className="underline-offset-4 hover:underline" href="/contact">Contact</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
