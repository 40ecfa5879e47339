import Link from "next/link";
import type { Chapter } from "@/lib/chapters";
import { headerLinks } from "@/lib/data/shortcuts";
import { site } from "@/lib/site";
import { ChapterLinks } from "./chapter-links";
import { MenuAutoClose } from "./menu-autoclose.client";
import { SearchButton } from "./search-button.client";
import { SearchForm } from "./search-form";
import { ThemeToggle } from "./theme-toggle.client";


/**
 * The sticky site header. Navigation to every chapter works without JavaScript: on phones it is a
 * <details> disclosure menu; on wider screens a "Chapters" disclosure plus direct links.
 */
export function SiteHeader({ chapters }: { chapters: Chapter[] }) {
  return (
    <header data-site-header className="sticky top-0 z-40 border-b border-border bg-bg/95 backdrop-blur supports-[backdrop-filter]:bg-bg/85">
      <a
        href="#main"
        className="sr-only left-2 top-2 z-50 rounded-md bg-accent px-3 py-2 text-on-accent focus:not-sr-only focus:absolute"
      >
        Skip to content
      </a>
      <div className="mx-auto flex h-14 max-w-[88rem] items-center gap-3 px-4 sm:px-6">
        <Link href="/" className="mr-2 flex items-center gap-2 font-semibold tracking-tight">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
            <rect width="32" height="32" rx="7" className="fill-accent" />
            <path d="M9 22 15 9h2l6 13h-3l-1.4-3.2h-5.3L12 22Zm4.3-5.7h3.5L15 12.3Z" className="fill-on-accent" />
          </svg>
          <span>{site.shortName}</span>
        </Link>

        {/* Wide screens */}
        <nav aria-label="Main" className="hidden items-center gap-1 text-sm md:flex">
          <details data-menu className="group relative">
            <summary className="cursor-pointer list-none rounded-md px-2 py-2 lg:px-3 text-fg-muted hover:text-fg [&::-webkit-details-marker]:hidden">
              Chapters <span aria-hidden="true">▾</span>
            </summary>
            <div className="absolute left-0 top-full mt-2 w-80 rounded-lg border border-border bg-bg-raised p-2 shadow-lg">
              <ChapterLinks chapters={chapters} className="hover:bg-bg-subtle" />
            </div>
          </details>
          {headerLinks.map((link) =>
            "links" in link ? (
              <details key={link.text} data-menu className="relative">
                <summary className="cursor-pointer list-none rounded-md px-2 py-2 lg:px-3 text-fg-muted hover:text-fg [&::-webkit-details-marker]:hidden">
                  {link.text} <span aria-hidden="true">▾</span>
                </summary>
                <ul className="absolute left-0 top-full mt-2 w-60 rounded-lg border border-border bg-bg-raised p-2 shadow-lg">
                  {link.links.map((item) => (
                    <li key={item.href}>
                      <Link href={item.href} className="block rounded-md px-3 py-2 hover:bg-bg-subtle">
                        {item.text}
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            ) : (
              <Link key={link.href} href={link.href} className="rounded-md px-2 py-2 lg:px-3 text-fg-muted hover:text-fg">
                {link.text}
              </Link>
            ),
          )}
        </nav>

        <div className="ml-auto flex items-center gap-2">
          {/* Without JavaScript: a plain form to /search. With it: the dialog button. */}
          <div className="no-js-only hidden lg:block">
            <SearchForm id="header-search" />
          </div>
          <SearchButton />
          <ThemeToggle />
          {/* Phones and tablets */}
          <details data-menu className="relative md:hidden">
            <summary className="flex h-9 cursor-pointer list-none items-center rounded-md border border-border px-3 text-sm font-medium [&::-webkit-details-marker]:hidden">
              Menu
            </summary>
            <div className="fixed inset-x-0 top-14 max-h-[calc(100vh-3.5rem)] overflow-y-auto border-b border-border bg-bg p-4 shadow-lg">
              <nav aria-label="Main (menu)" className="space-y-4 text-base">
                <SearchForm id="menu-search" />
                <ChapterLinks chapters={chapters} className="hover:bg-bg-subtle" />
                <ul className="flex flex-wrap gap-2 border-t border-border pt-3">
                  {headerLinks.flatMap((link): readonly { text: string; href: string }[] => ("links" in link ? link.links : [link])).map((link) => (
                    <li key={link.href}>
                      <Link href={link.href} className="block rounded-md px-2 py-1.5 hover:bg-bg-subtle">
                        {link.text}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </details>
        </div>
      </div>
      <MenuAutoClose />
    </header>
  );
}
