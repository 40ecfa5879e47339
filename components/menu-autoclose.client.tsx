"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/**
 * The header menus are <details> disclosures, so they work without JavaScript. With it, this closes them
 * when the reader navigates (the header persists across client navigations), follows one of their links
 * (also to the page already open, such as Contents on the home page), presses Escape, clicks outside, or
 * moves the keyboard focus out of them (the phone menu's panel would otherwise cover the page that focus
 * moves on to), as a menu should. Renders nothing.
 */
export function MenuAutoClose() {
  const pathname = usePathname();
  useEffect(() => {
    // Not a menu that OpenWide opened as the wide layout's inline list (open-wide.client.tsx).
    const menus = () => Array.from(document.querySelectorAll<HTMLDetailsElement>("details[data-menu][open]:not([data-opened-wide])"));
    menus().forEach((menu) => (menu.open = false));
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      // Innermost first, so focus ends on the summary of the outermost menu that held it.
      for (const menu of menus().toReversed()) {
        const hadFocus = menu.contains(document.activeElement);
        menu.open = false;
        if (hadFocus) menu.querySelector("summary")?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.("a[href]");
      for (const menu of menus()) if (!menu.contains(event.target as Node) || (link && menu.contains(link))) menu.open = false;
    };
    const onFocusIn = (event: FocusEvent) => {
      for (const menu of menus()) if (!menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
      document.removeEventListener("focusin", onFocusIn);
    };
    // pathname is the trigger, not an input: the effect runs again (and closes the menus) on every navigation.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [pathname]);
  return null;
}
