"use client";

/** "Print or save as PDF" on /print: opens the browser's print dialog. Hidden without JavaScript, where the browser's own Print command does the same. */
export function PrintButton() {
  return (
    <button
      type="button"
      className="js-only rounded-md bg-accent px-4 py-2 text-sm font-semibold text-on-accent hover:bg-accent-hover"
      onClick={() => window.print()}
    >
      Print or save as PDF
    </button>
  );
}
