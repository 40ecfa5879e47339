"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client navigation to another page, puts the keyboard focus at the start of the new page's
 * <main> (every page's `#main`, the skip link's target), as a full page load would. The header and footer
 * persist across navigations, so focus otherwise stayed on the link just followed: after a footer link,
 * the next Tab jumped back down to the footer. Navigations to a #fragment are left to the browser, which
 * scrolls to the section. Renders nothing.
 */
export function FocusAfterNavigation() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (location.hash) return;
    document.getElementById("main")?.focus({ preventScroll: true });
    // pathname is the trigger, not an input: the effect runs again on every navigation to another page.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [pathname]);
  return null;
}
