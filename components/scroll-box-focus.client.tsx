"use client";

import { useEffect } from "react";

/**
 * A table's box (ScrollBox in components/mdx/table.tsx: the chapters' tables, the salary bands, the planner's
 * cost) is a Tab stop and a named region only while its table is wider than the box and so needs scrolling:
 * the server renders every box focusable, which is what a page without JavaScript needs, and this leaf takes
 * the Tab stop (and the landmark) away from each box whose table fits, so a keyboard does not stop on tables
 * that fit (all of ours do at normal text size, even 320 px wide). Watches sizes (a phone turned, text
 * enlarged, a font loaded). Renders nothing; keyed by chapter (or plan) where it is used, so it reads the
 * boxes of each page a client navigation opens.
 */
export function ScrollBoxFocus() {
  useEffect(() => {
    const boxes = Array.from(document.querySelectorAll<HTMLElement>("[data-scroll-box]"));
    if (boxes.length === 0) return;
    const update = (box: HTMLElement) => {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", box.dataset.scrollBox ?? "Table");
      } else if (document.activeElement !== box) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    };
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const box = entry.target.closest<HTMLElement>("[data-scroll-box]");
        if (box) update(box);
      }
    });
    for (const box of boxes) {
      observer.observe(box);
      if (box.firstElementChild) observer.observe(box.firstElementChild);
    }
    return () => observer.disconnect();
  }, []);
  return null;
}
