"use client";

import { useEffect } from "react";
import { fragmentId } from "@/lib/paths";

/** Pixels below the viewport top that count as "being read": the sticky header plus a little air. */
const READING_LINE = 96;

/**
 * Scrolls the contents' own box (never the page) so the marked entry stays in sight: the glossary's 29 entries
 * are taller than the box, and the mark had gone out of it. A box that does not scroll is left alone.
 */
function keepInBox(link: HTMLElement) {
  const box = link.closest<HTMLElement>("[data-toc-box]");
  if (!box || box.scrollHeight <= box.clientHeight) return;
  const [entry, view] = [link.getBoundingClientRect(), box.getBoundingClientRect()];
  if (entry.top < view.top) box.scrollTop -= view.top - entry.top + 8;
  else if (entry.bottom > view.bottom) box.scrollTop += entry.bottom - view.bottom + 8;
}

/**
 * Marks the table-of-contents link of the section being read with `aria-current="location"`.
 * Renders nothing: the TOC itself is server HTML; this only sets one attribute on scroll.
 * Rules: above the first heading, the first entry; at the very bottom, the linked section if it is on
 * screen (so a click on a short last section sticks), else the last; otherwise the last heading that
 * has crossed the reading line.
 */
export function TocHighlight({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-toc-link]"));
    if (headings.length === 0 || links.length === 0) return;
    let frame = 0;
    let shown = "";

    const update = () => {
      frame = 0;
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      let active = headings[0].id;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= READING_LINE) active = heading.id;
      }
      if (atBottom) {
        const hashed = fragmentId(location.hash);
        const target = headings.find((h) => h.id === hashed);
        const visible = (h: HTMLElement) => h.getBoundingClientRect().top < window.innerHeight;
        active = target && visible(target) ? target.id : headings[headings.length - 1].id;
      }
      for (const link of links) {
        if (link.dataset.tocLink === active) link.setAttribute("aria-current", "location");
        else link.removeAttribute("aria-current");
      }
      if (active !== shown) {
        shown = active;
        for (const link of links) if (link.dataset.tocLink === active) keepInBox(link);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("hashchange", schedule);
    };
  }, [ids]);
  return null;
}
