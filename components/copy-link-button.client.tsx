"use client";

import { useState } from "react";

/**
 * "Copy link" beside a section heading or a FAQ answer: copies its share URL (which has its own link preview)
 * and confirms visibly and through a live region. Hidden without JavaScript; the # anchor still works.
 */
export function CopyLinkButton({ url, label, what = "section" }: { url: string; label: string; what?: "section" | "answer" }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="js-only no-print inline-flex items-center">
      <button
        type="button"
        aria-label={`Copy link to ${what}: ${label}`}
        className="rounded-md border border-border-strong px-2 py-1 text-xs font-medium text-fg-muted hover:border-fg hover:text-fg"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setCopied(true);
            window.setTimeout(() => setCopied(false), 2500);
          } catch {
            window.prompt("Copy this link:", url);
          }
        }}
      >
        {copied ? "Copied" : "Copy link"}
      </button>
      <span role="status" className="sr-only">
        {copied ? `Link to ${label} copied` : ""}
      </span>
    </span>
  );
}
