"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The element a navigation lands on: the #fragment's, or the page's <main>; null for a fragment that names nothing. */
function landingTarget(): HTMLElement | null {
  if (!location.hash) return document.getElementById("main");
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null; // a malformed %-escape in the address
  }
}

/**
 * Puts the keyboard focus on the element a reader was taken to, as a landing (app/styles/theme.css): a section
 * is not focusable by itself, so -1 lets a script focus it without adding it to the Tab order.
 */
export function focusLanding(target: HTMLElement) {
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.classList.add("focus-landing");
  target.focus({ preventScroll: true });
}

/**
 * After a client navigation to another page, puts the keyboard focus where a full page load would start:
 * at the section a `#fragment` names (Next has scrolled to it), otherwise at the start of the new page's
 * <main> (every page's `#main`, the skip link's target). The header and footer persist across navigations,
 * so focus otherwise stayed on the link just followed: after a footer link, the next Tab jumped back down
 * to the footer; after "Contents", up to the header's next link. Links within a page are plain anchors
 * (components/app-link.tsx), which the browser handles itself. Renders nothing.
 */
export function FocusAfterNavigation() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = landingTarget();
    if (target) focusLanding(target);
    // pathname is the trigger, not an input: the effect runs again on every navigation to another page.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [pathname]);
  return null;
}
