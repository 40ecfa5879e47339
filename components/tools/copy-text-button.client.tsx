"use client";

import { useState } from "react";

/**
 * Copies a prepared text (a job description as plain text or Markdown) and confirms visibly and through
 * a live region. When the browser blocks the clipboard, it opens the fallback <details> holding the same
 * text and selects it, so one Ctrl+C finishes the job. Hidden without JavaScript (the <pre> is there).
 */
export function CopyTextButton({ text, label, confirmation, fallbackId }: { text: string; label: string; confirmation: string; fallbackId: string }) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(confirmation);
    } catch {
      const details = document.getElementById(fallbackId);
      if (details instanceof HTMLDetailsElement) details.open = true;
      const pre = details?.querySelector("pre");
      if (pre) window.getSelection()?.selectAllChildren(pre);
      setStatus("Your browser blocked copying: the text is selected below, press Ctrl+C (or ⌘C) to copy it.");
    }
  };
  return (
    <span className="js-only inline-flex flex-col">
      <button type="button" onClick={copy} className="rounded-lg border border-border-strong px-4 py-2 text-sm font-semibold hover:border-accent">
        {label}
      </button>
      <span role="status" className="mt-1 min-h-5 text-sm text-fg-muted">
        {status}
      </span>
    </span>
  );
}
