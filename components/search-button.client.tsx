"use client";

import { useCallback, useEffect, useRef, useState, type ComponentType } from "react";
import { pagePaths } from "@/lib/paths";
import { focusLanding } from "./focus-after-navigation.client";

/** `landing`: the id of the section a result on this page took the reader to. */
type PanelProps = { onClose: (landing?: string) => void };

/**
 * Header search trigger: a button or Ctrl/Cmd+K opens the search dialog. Not "/": a shortcut of one plain
 * character fires by accident under speech input (WCAG 2.1.4), and it cannot be turned off here. The dialog's code is
 * loaded only when it first opens, so article pages keep their JavaScript budget; the index stays on the
 * server, which answers each query (/api/search). Without
 * JavaScript this button is hidden and the plain search form is shown instead.
 */
export function SearchButton() {
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | null>(null);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // What had the focus when the dialog opened (a link, a field, the button itself): it gets it back on close.
  const openerRef = useRef<HTMLElement | null>(null);

  const openDialog = useCallback(async () => {
    if (!Panel) {
      try {
        const { SearchPanel } = await import("./search-panel.client");
        setPanel(() => SearchPanel);
      } catch {
        // Its code did not come (offline, or a new version deployed since this page loaded): the search page works
        // without it, where the button had done nothing.
        window.location.assign(pagePaths.search);
        return;
      }
    }
    const active = document.activeElement;
    openerRef.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setOpen(true);
  }, [Panel]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey);
      if (shortcut && !open) {
        event.preventDefault();
        void openDialog();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, openDialog]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => void openDialog()}
        className="js-only flex h-9 min-w-9.5 items-center justify-center gap-2 whitespace-nowrap rounded-md border border-border-strong px-2.5 text-sm text-fg-muted hover:text-fg @min-[27rem]:min-w-26 @min-[27rem]:px-3 @5xl:min-w-56 @5xl:justify-start"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        {/* On the narrowest phones the button is the magnifier alone; "Search" stays its accessible name. */}
        <span className="sr-only @min-[27rem]:hidden">Search</span>
        <span className="hidden @min-[27rem]:inline">
          Search<span className="hidden @5xl:inline"> the guide</span>
        </span>
        {/* Not part of the name ("Search the guide Ctrl K, button" was read out): aria-keyshortcuts says it. */}
        <kbd aria-hidden="true" className="ml-auto hidden rounded border border-border px-1.5 font-sans text-xs @5xl:inline">Ctrl K</kbd>
      </button>
      {open && Panel && (
        <Panel
          onClose={(landing) => {
            setOpen(false);
            const section = landing && document.getElementById(landing);
            if (section) focusLanding(section);
            else (openerRef.current?.isConnected ? openerRef.current : buttonRef.current)?.focus({ preventScroll: true });
          }}
        />
      )}
    </>
  );
}
