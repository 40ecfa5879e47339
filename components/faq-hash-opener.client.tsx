"use client";

import { useEffect } from "react";
import { fragmentId } from "@/lib/paths";

/**
 * Opens the FAQ answer named in the URL's #fragment (on load and on hash change) and scrolls to it. Also opens
 * every answer for printing, and closes again those it opened: the print stylesheet shows closed answers through
 * `details::details-content`, which Safari before 18.4 and Firefox before 143 lack, so their printouts held only
 * the questions. `beforeprint` fires for the browser's own Print command too.
 */
export function FaqHashOpener() {
  useEffect(() => {
    const open = () => {
      const id = fragmentId(location.hash);
      const target = id ? document.getElementById(id) : null;
      const details = target?.closest("details");
      if (target && details && !details.open) {
        details.open = true;
        target.scrollIntoView({ block: "start" });
      }
    };
    let openedForPrint: HTMLDetailsElement[] = [];
    const beforePrint = () => {
      openedForPrint = [...document.querySelectorAll<HTMLDetailsElement>("details[data-faq-entry]:not([open])")];
      for (const details of openedForPrint) details.open = true;
    };
    const afterPrint = () => {
      for (const details of openedForPrint) details.open = false;
      openedForPrint = [];
    };
    open();
    window.addEventListener("hashchange", open);
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    return () => {
      window.removeEventListener("hashchange", open);
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
    };
  }, []);
  return null;
}
