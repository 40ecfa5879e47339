"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Prefetches what the reader is likely to open next, and nothing else: the previous and next chapters
 * (links with rel="prev"/"next") once the page is idle, and any internal page when the reader points at or
 * focuses its link. One listener for the whole page; renders nothing.
 */
export function IntentPrefetch() {
  const router = useRouter();
  useEffect(() => {
    const done = new Set<string>();
    const prefetch = (link: Element | null) => {
      const href = link?.getAttribute("href");
      if (!href || !href.startsWith("/") || href.startsWith("//")) return;
      const path = href.split("#", 1)[0];
      if (!path || path === location.pathname || done.has(path)) return;
      done.add(path);
      router.prefetch(path);
    };
    const onIntent = (event: Event) => prefetch((event.target as Element | null)?.closest?.("a[href]") ?? null);
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    idle(() => document.querySelectorAll('a[rel="prev"], a[rel="next"]').forEach(prefetch));
    document.addEventListener("pointerover", onIntent, { passive: true });
    document.addEventListener("focusin", onIntent);
    return () => {
      document.removeEventListener("pointerover", onIntent);
      document.removeEventListener("focusin", onIntent);
    };
  }, [router]);
  return null;
}
