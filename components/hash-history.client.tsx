"use client";

import { useEffect } from "react";

/** The key Next's router marks its own history entries with (next/dist/client/components/app-router.js). */
const routerMark = "__NA";

/**
 * Back to a place in a page reached by a plain `#` link works. Next 16's app router ignores a history entry it did
 * not write (vercel/next.js#88345; its fix, #90083, was reverted in #90268), and every jump within a page makes one:
 * the contents and heading links, a search result on the page being read, a share page landing at its section.
 * After such a jump and a link to another page, Back changed the address but left the other page on screen.
 * Each new entry is handed to the router as it is made (history.replaceState, which Next follows), and the router
 * then writes its own state into it. An entry the router wrote already (it carries routerMark) is left alone: Back and
 * Forward between two #fragments also fire hashchange. Renders nothing.
 */
export function HashHistory() {
  useEffect(() => {
    const adopt = () => {
      if (!(history.state as Record<string, unknown> | null)?.[routerMark]) history.replaceState(null, "", location.href);
    };
    addEventListener("hashchange", adopt);
    return () => removeEventListener("hashchange", adopt);
  }, []);
  return null;
}
