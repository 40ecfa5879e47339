"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/**
 * The header menu, the chapter list and the contents are disclosures that wide screens show open through
 * `::details-content` (`open-wide`, app/styles/open-wide.css). Safari before 18.4 and Firefox before 143 lack it, so there
 * a desktop reader got a "Menu" button whose panel spilled out of the header, and closed side columns. In those
 * browsers this opens each such disclosure while its wide layout applies (the utility's `--open-wide`, set by the
 * same container query, so no width is written twice) and marks it, which hides its summary; it closes them again
 * when the layout narrows. On every navigation (new pages bring new disclosures) and resize. Renders nothing.
 */
export function OpenWide() {
  const pathname = usePathname();
  useEffect(() => {
    if (CSS.supports("selector(::details-content)")) return;
    const update = () => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>('details[class*="open-wide"]')) {
        // Custom properties inherit: the header menu's Tools (open-wide on phones only) read the wide menu's value and
        // was pinned open over every page. Only a value set on the disclosure itself, not its parent's, counts.
        const own = (element: Element | null) => (element ? getComputedStyle(element).getPropertyValue("--open-wide").trim() : "");
        const wide = own(details) === "1" && own(details.parentElement) !== "1";
        if (wide === details.hasAttribute("data-opened-wide")) continue;
        details.toggleAttribute("data-opened-wide", wide);
        details.open = wide;
      }
    };
    update();
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
    // pathname is the trigger, not an input: a new page's disclosures are opened too.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [pathname]);
  return null;
}
