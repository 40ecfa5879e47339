"use client";

import { useFlashStatus } from "../flash-status.client";

/**
 * Copies a prepared text (a job description as plain text or Markdown) and confirms visibly and through
 * a live region. When the browser blocks the clipboard, it opens the fallback <details> holding the same
 * text, selects it and brings it into view (on a phone it sat screens further down), so the browser's own
 * Copy finishes the job. Hidden without JavaScript (the <pre> is there). The confirmation clears after a few
 * seconds, so the next copy is announced again and the other button's message does not linger.
 */
export function CopyTextButton({ text, label, of, confirmation, fallbackId }: { text: string; label: string; of: string; confirmation: string; fallbackId: string }) {
  const [status, flash] = useFlashStatus(4000);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      flash(confirmation);
    } catch {
      const details = document.getElementById(fallbackId);
      if (details instanceof HTMLDetailsElement) details.open = true;
      const pre = details?.querySelector("pre");
      if (pre) {
        window.getSelection()?.selectAllChildren(pre);
        pre.scrollIntoView({ block: "nearest" });
      }
      flash("Your browser blocked copying. The text is selected: copy it with your browser's Copy (Ctrl+C, ⌘C, or press and hold, then Copy).", 60_000);
    }
  };
  return (
    // items-start and a bounded message: a long message no longer stretches the button beside it.
    <span className="js-only inline-flex max-w-xs flex-col items-start">
      <button type="button" onClick={copy} className="rounded-lg border border-border-strong px-4 py-2 text-sm font-semibold hover:border-accent">
        {label}
        {/* The page has a pair of these per role: the name says which starter each copies. */}
        <span className="sr-only"> ({of})</span>
      </button>
      <span role="status" className="mt-1 min-h-5 text-sm text-fg-muted">
        {status}
      </span>
    </span>
  );
}
