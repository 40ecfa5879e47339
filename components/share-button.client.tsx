"use client";

import { useFlashStatus } from "./flash-status.client";

/** Shares the page (or the section a share page is for) with the system share sheet where there is one, or copies its link otherwise. */
export function ShareButton({ url, title, label = "Share this page" }: { url: string; title: string; label?: string }) {
  const [status, flash] = useFlashStatus(2500);
  return (
    <span className="js-only no-print inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded-md border border-border-strong px-3 py-1.5 text-sm font-medium text-fg hover:border-fg"
        onClick={async () => {
          if (typeof navigator.share === "function") {
            try {
              await navigator.share({ url, title });
              return;
            } catch (error) {
              if ((error as DOMException).name === "AbortError") return;
            }
          }
          try {
            await navigator.clipboard.writeText(url);
            flash("Link copied");
          } catch {
            window.prompt("Copy this link:", url);
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-fg-muted">
        {status}
      </span>
    </span>
  );
}
