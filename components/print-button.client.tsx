"use client";

/**
 * Opens the browser's print dialog for the page: "Print or save as PDF" on /print, "Print this chapter" under a
 * chapter. Hidden without JavaScript, where the browser's own Print command does the same.
 */
export function PrintButton({ label = "Print or save as PDF", className = "rounded-md bg-accent px-4 py-2 text-sm font-semibold text-on-accent hover:bg-accent-hover" }: { label?: string; className?: string }) {
  return (
    <button type="button" className={`js-only ${className}`} onClick={() => window.print()}>
      {label}
    </button>
  );
}
