"use client";

import { useFlashStatus } from "./flash-status.client";

/**
 * "Copy link" beside a section heading or a FAQ answer: copies its share URL (which has its own link preview)
 * and confirms visibly and through a live region. Hidden without JavaScript; the # anchor still works.
 */
export function CopyLinkButton({ url, label, what = "section" }: { url: string; label: string; what?: "section" | "answer" }) {
  const [status, flash] = useFlashStatus(2500);
  return (
    <span className="js-only no-print inline-flex items-center">
      <button
        type="button"
        aria-label={`Copy link to ${what}: ${label}`}
        className="rounded-md border border-border-strong px-2 py-1 text-xs font-medium text-fg-muted hover:border-fg hover:text-fg"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            flash(`Link to ${label} copied`);
          } catch {
            window.prompt("Copy this link:", url);
          }
        }}
      >
        {status ? "Copied" : "Copy link"}
      </button>
      <span role="status" className="sr-only">
        {status}
      </span>
    </span>
  );
}
