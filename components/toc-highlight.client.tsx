"use client";

import { useEffect } from "react";
import { fragmentId } from "@/lib/paths";

/** Pixels below the viewport top that count as "being read": the sticky header plus a little air. */
const READING_LINE = 96;

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
