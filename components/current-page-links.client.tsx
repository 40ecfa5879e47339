"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/**
 * Marks the header's and footer's links to the page being read with `aria-current="page"` (and so their
 * look: see the links' classes), as the chapter list marks its chapter. The links are rendered once, in the
 * root layout, which cannot know the page; this leaf sets the mark after each navigation. Without
 * JavaScript nothing is marked, and the page's own title says where the reader is. Renders nothing.
 */
export function CurrentPageLinks() {
  const pathname = usePathname();
  useEffect(() => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-site-header] nav a[href], [data-site-footer] nav a[href]")) {
      const target = new URL(link.href);
      // "/#chapters" is a place on the home page, not the home page itself.
      const here = target.origin === location.origin && target.pathname === pathname && !target.hash;
      if (here) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
  }, [pathname]);
  return null;
}
