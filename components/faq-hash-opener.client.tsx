"use client";

import { useEffect } from "react";
import { fragmentId } from "@/lib/paths";

/** Opens the FAQ answer named in the URL's #fragment (on load and on hash change) and scrolls to it. */
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
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, []);
  return null;
}
