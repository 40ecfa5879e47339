"use client";

import { useEffect } from "react";

/**
 * On a section share page, lands the reader at the section (unless they already chose a #fragment):
 * replacing the hash scrolls below the sticky header and triggers the :target highlight, without adding
 * a history entry. Without JavaScript the page shows a "Jump to the section" link instead.
 */
export function LandAtSection({ id }: { id: string }) {
  useEffect(() => {
    if (!location.hash) location.replace(`#${id}`);
  }, [id]);
  return null;
}
