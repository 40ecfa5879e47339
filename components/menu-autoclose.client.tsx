"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/**
 * The header menus are <details> disclosures, so they work without JavaScript. With it, this closes them
 * when the reader navigates (the header persists across client navigations), presses Escape, or clicks
 * outside, as a menu should. Renders nothing.
 */
export function MenuAutoClose() {
  const pathname = usePathname();
  useEffect(() => {
    const menus = () => Array.from(document.querySelectorAll<HTMLDetailsElement>("details[data-menu][open]"));
    menus().forEach((menu) => (menu.open = false));
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      for (const menu of menus()) {
        menu.open = false;
        menu.querySelector("summary")?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      for (const menu of menus()) if (!menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
    // pathname is the trigger, not an input: the effect runs again (and closes the menus) on every navigation.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [pathname]);
  return null;
}
