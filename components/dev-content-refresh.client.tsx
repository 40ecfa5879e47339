"use client";

import { useEffect } from "react";

/**
 * Dev only (rendered by the root layout under `next dev`): reloads the page when an .mdx file is saved,
 * so editors see their change, or the error with its file and line, and then the fix, without a restart.
 */
export function DevContentRefresh() {
  useEffect(() => {
    const events = new EventSource("/api/dev/content-events");
    let timer = 0;
    events.addEventListener("message", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => window.location.reload(), 150);
    });
    return () => events.close();
  }, []);
  return null;
}
