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

/** Per page address, the link a reader followed away from it (its href): Back gives that link the focus again. */
const followed = new Map<string, string>();
const pageAddress = () => `${location.pathname}${location.search}`;

/**
 * After a client navigation to another page, puts the keyboard focus where a full page load would start:
 * at the section a `#fragment` names (Next has scrolled to it), otherwise at the start of the new page's
 * <main> (every page's `#main`, the skip link's target). The header and footer persist across navigations,
 * so focus otherwise stayed on the link just followed: after a footer link, the next Tab jumped back down
 * to the footer; after "Contents", up to the header's next link. Links within a page are plain anchors
 * (components/app-link.tsx), which the browser handles itself. After Back or Forward, to the link followed
 * from the page, where there is one. Renders nothing.
 */
export function FocusAfterNavigation() {
  const pathname = usePathname();
  const first = useRef(true);
  const traversal = useRef(false);
  useEffect(() => {
    const onPop = () => (traversal.current = true);
    // Enter on a focused link clicks it too: keyboard readers are remembered as well.
    const onClick = (event: MouseEvent) => {
      traversal.current = false;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link) followed.set(pageAddress(), link.getAttribute("href")!);
    };
    window.addEventListener("popstate", onPop);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("popstate", onPop);
      document.removeEventListener("click", onClick, true);
    };
  }, []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (traversal.current) {
      // Back or Forward: the browser puts the page back where it was; the focus goes back to the link followed
      // from here, without moving the page. It had gone to the top of <main>, so the next Tab jumped the page up.
      traversal.current = false;
      const href = followed.get(pageAddress());
      const link = href ? document.querySelector<HTMLElement>(`main a[href="${CSS.escape(href)}"]`) : null;
      link?.focus({ preventScroll: true });
      return;
    }
    const target = landingTarget();
    if (target) focusLanding(target);
    // pathname is the trigger, not an input: the effect runs again on every navigation to another page.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [pathname]);
  return null;
}
