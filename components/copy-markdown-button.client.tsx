"use client";

import { useFlashStatus } from "./flash-status.client";

/**
 * "Copy page as Markdown": fetches the chapter's Markdown (`/<chapter>.md`) on click and puts it on the
 * clipboard; the outcome is announced in a live region. Hidden without JavaScript, where the page's
 * "View as Markdown" link does the job. The fetch is handed to the clipboard as a promise so Safari keeps
 * the click's permission while it loads.
 */
export function CopyMarkdownButton({ href }: { href: string }) {
  const [status, flash] = useFlashStatus(4000);
  const text = () => fetch(href).then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))));
  return (
    <span className="js-only no-print inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded-md border border-border-strong px-3 py-1.5 text-sm font-medium text-fg hover:border-fg"
        onClick={async () => {
          try {
            await (typeof ClipboardItem === "function"
              ? navigator.clipboard.write([new ClipboardItem({ "text/plain": text().then((t) => new Blob([t], { type: "text/plain" })) })])
              : text().then((t) => navigator.clipboard.writeText(t)));
            flash("Markdown copied");
          } catch {
            flash("Could not copy: use View as Markdown");
          }
        }}
      >
        Copy page as Markdown
      </button>
      <span role="status" className="text-sm text-fg-muted">
        {status}
      </span>
    </span>
  );
}
