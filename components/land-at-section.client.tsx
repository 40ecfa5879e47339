"use client";

import { useEffect } from "react";
import { fragmentId } from "@/lib/paths";

/**
 * On a section share page, lands the reader at the section: replacing the hash scrolls below the sticky
 * header and triggers the :target highlight, without adding a history entry. Not if they already chose a
 * #fragment, nor if they scrolled while the page loaded (the landing waits for the page's JavaScript, which
 * on a slow phone takes seconds, and had yanked them back). Without JavaScript the page shows a "Jump to the
 * section" link instead.
 *
 * Once the reader follows a link to another part of the chapter (its contents, a heading's #), the address
 * becomes the chapter's with that #fragment: this page's address would have kept previewing, to whoever it
 * is copied to, the section the reader was sent rather than the one they are now pointing at.
 */
export function LandAtSection({ id, chapterPath }: { id: string; chapterPath: string }) {
  useEffect(() => {
    if (!location.hash && scrollY === 0) location.replace(`#${id}`);
    const onHashChange = () => {
      // Only for a part of the chapter (a heading or an answer in the article), not the skip link's #main.
      const target = document.getElementById(fragmentId(location.hash));
      if (target && target.id !== id && target.closest("article")) history.replaceState(null, "", `${chapterPath}${location.hash}`);
    };
    addEventListener("hashchange", onHashChange);
    return () => removeEventListener("hashchange", onHashChange);
  }, [id, chapterPath]);
  return null;
}
