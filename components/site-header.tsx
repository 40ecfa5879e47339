import { headerLinks } from "@/lib/data/shortcuts";
import { site } from "@/lib/site";
import { AppLink } from "./app-link";
import { CurrentPageLinks } from "./current-page-links.client";
import { FocusAfterNavigation } from "./focus-after-navigation.client";
import { MenuAutoClose } from "./menu-autoclose.client";
import { OpenWide } from "./open-wide.client";
import { SearchButton } from "./search-button.client";
import { SearchForm } from "./search-form";
import { ThemeToggle } from "./theme-toggle.client";
import { pagePaths } from "@/lib/routes";

/**
 * The sticky site header. Its links are written once: on phones they sit in a "Menu" disclosure (a
 * <details>, so it works without JavaScript); from 48rem of header width up (`@3xl`, a container query that
 * follows the text size: enlarged text gets the Menu) the same list is shown inline (`open-wide`
 * in app/styles/open-wide.css). The chapter list is not repeated here: it is on the home page and beside each chapter.
 *
 * On phones the row is a grid, name | Menu | search and theme: the order of the wide screens' row (name,
 * links, buttons) and of the Tab key, which the Menu button once broke by sitting at the right edge while
 * coming before the buttons in the source. The buttons' column is as wide as they are from the first paint
 * (the theme script marks the page `data-js` before it is parsed; 2.375rem search button + gap + 2.25rem
 * theme button, 6.5rem search button from 27rem): a slow phone paints the header before all of it is
 * parsed, and the Menu must not move left when the buttons arrive. Without JavaScript the buttons are
 * hidden and their column is empty. Everything fits on one line from 360 px (on tablets too: the search
 * button stays short until lg); narrower, the mark stands alone (the name stays its accessible name). Where
 * the name runs wider than ours (a wider font, a reader's wider letter and word spacing: WCAG 1.4.12), it
 * takes a second line inside the header's height, never a third; it had been cut short to "AI Hiring Gu…".
 * Under 12rem (a 320 px phone with text at twice its size) the side padding halves and the theme button
 * moves into the menu, so the row still fits without the Menu covering the mark.
 *
 * The Tools group is a dropdown from @3xl up; in the phone menu its links are listed in place under a
 * "Tools" label, one tap away like the other pages, not behind a second disclosure (where the browser has
 * ::details-content, or with JavaScript through OpenWide; elsewhere it stays a disclosure there too, so the links
 * are never out of reach).
 */
/**
 * The name with one place to break, the space nearest its middle ("AI Hiring / Guide"): squeezed beside the
 * no-JavaScript search field, it had wrapped to three lines, taller than the header. Its text stays the name.
 */
function TwoLinesAtMost({ name }: { name: string }) {
  const middle = name.length / 2;
  const spaces = [...name.matchAll(/ /g)].map((match) => match.index);
  if (spaces.length === 0) return name;
  const at = spaces.reduce((best, space) => (Math.abs(space - middle) < Math.abs(best - middle) ? space : best));
  return (
    <>
      <span className="whitespace-nowrap">{name.slice(0, at)}</span> <span className="whitespace-nowrap">{name.slice(at + 1)}</span>
    </>
  );
}

export function SiteHeader() {
  return (
    <header data-site-header className="@container sticky top-0 z-40 border-b border-border bg-bg/95 backdrop-blur supports-[backdrop-filter]:bg-bg/85">
      <a href="#main" className="sr-only left-2 top-2 z-50 rounded-md bg-accent text-on-accent focus:not-sr-only focus:absolute focus:px-4 focus:py-3 focus:font-semibold focus:shadow-lg">
        Skip to content
      </a>
      <div className="mx-auto grid h-14 max-w-[88rem] grid-cols-[minmax(0,1fr)_auto_auto] items-center [html[data-js]_&]:grid-cols-[minmax(0,1fr)_auto_5rem] @max-[12rem]:[html[data-js]_&]:grid-cols-[minmax(0,1fr)_auto_2.25rem] @min-[27rem]:[html[data-js]_&]:grid-cols-[minmax(0,1fr)_auto_9.125rem] gap-1.5 px-4 @max-[12rem]:px-2 sm:px-6 @3xl:flex @3xl:gap-2">
        <AppLink href={pagePaths.home} className="col-start-1 row-start-1 flex min-w-0 max-w-full items-center gap-2 justify-self-start font-semibold tracking-tight @3xl:mr-2">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 shrink-0">
            <rect width="32" height="32" rx="7" className="fill-accent" />
            <path d="M9 22 15 9h2l6 13h-3l-1.4-3.2h-5.3L12 22Zm4.3-5.7h3.5L15 12.3Z" className="fill-on-accent" />
          </svg>
          <span className="leading-tight @max-[22.5rem]:sr-only"><TwoLinesAtMost name={site.shortName} /></span>
        </AppLink>
        <details data-menu className="site-menu col-start-2 row-start-1 @3xl:open-wide">
          <summary className="flex h-9 min-w-16 cursor-pointer list-none items-center justify-center rounded-md border border-border-strong px-3 text-sm font-medium [&::-webkit-details-marker]:hidden">
            Menu
          </summary>
          <nav aria-label="Main" className="site-menu-panel">
            <ul className="flex flex-col gap-1 @3xl:flex-row @3xl:items-center">
              {headerLinks.map((link) =>
                "links" in link ? (
                  <li key={link.text}>
                    {/* A small menu inside the menu: from @3xl up it drops down; in the phone menu it is always open, under a label. */}
                    <details data-menu className="relative @max-3xl:open-wide">
                      <summary className="cursor-pointer list-none whitespace-nowrap rounded-md px-3 py-2 text-fg-muted hover:text-fg @3xl:px-2 @5xl:px-3 [&::-webkit-details-marker]:hidden">
                        {link.text} <span aria-hidden="true">▾</span>
                      </summary>
                      <span id={`header-${link.text.toLowerCase()}-label`} className="hidden px-3 pt-2 pb-1 text-xs font-semibold uppercase tracking-wide text-fg-muted supports-[selector(::details-content)]:@max-3xl:block [details[data-opened-wide]>&]:block">
                        {link.text}
                      </span>
                      <ul aria-labelledby={`header-${link.text.toLowerCase()}-label`} className="pl-3 @3xl:absolute @3xl:left-0 @3xl:top-full @3xl:z-50 @3xl:mt-2 @3xl:w-60 @3xl:rounded-lg @3xl:border @3xl:border-border @3xl:bg-bg-raised @3xl:p-2 @3xl:shadow-lg">
                        {link.links.map((item) => (
                          <li key={item.href}>
                            <AppLink href={item.href} className="block rounded-md px-3 py-2 text-fg-muted hover:bg-bg-subtle hover:text-fg aria-[current=page]:font-semibold aria-[current=page]:text-fg">
                              {item.text}
                            </AppLink>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ) : (
                  <li key={link.href}>
                    <AppLink href={link.href} className="block rounded-md px-3 py-2 text-fg-muted hover:bg-bg-subtle hover:text-fg aria-[current=page]:font-semibold aria-[current=page]:text-fg @3xl:px-2 @3xl:hover:bg-transparent @5xl:px-3">
                      {link.text}
                    </AppLink>
                  </li>
                ),
              )}
            </ul>
            {/* Without JavaScript the field stands where the buttons would be. Narrower while the header has
                under 64rem: at full width it cut the site's name to "AI Hirin…" on portrait tablets. */}
            <div className="no-js-only mt-3 @3xl:mt-0 @3xl:ml-2">
              <SearchForm id="header-search" name="Site" width="@3xl:w-40 @5xl:w-56" placeholder="Search" />
            </div>
            {/* Under 12rem of header (the narrowest phones with text at twice its size) the row has room for the
                search button only: the theme button moves into the menu. */}
            <div className="mt-3 hidden @max-[12rem]:block">
              <ThemeToggle />
            </div>
          </nav>
        </details>
        <div className="header-actions col-start-3 row-start-1 flex items-center gap-1.5 @3xl:ml-auto @3xl:gap-2">
          <SearchButton />
          <span className="contents @max-[12rem]:hidden">
            <ThemeToggle />
          </span>
        </div>
      </div>
      <MenuAutoClose />
      <OpenWide />
      <CurrentPageLinks />
      <FocusAfterNavigation />
    </header>
  );
}
