"use client";

import { useEffect, useId, useRef, useState } from "react";
import { fragmentId, searchApiPath, searchPath } from "@/lib/paths";
import type { SearchHit } from "@/lib/search/hits";
import { maxQueryLength, normaliseQuery } from "@/lib/search/options";
import { describeHits, describeNoHits } from "@/lib/search/paging";
import { SearchHitText } from "./search-hit";

/** Wait this long after the last keystroke before asking the server. */
const debounceMs = 120;

type State = { status: "idle" | "loading" | "failed" } | { status: "done"; query: string; hits: SearchHit[]; total: number; common: boolean };

/**
 * The search dialog (native <dialog>, modal): an ARIA combobox whose listbox shows results as you type.
 * Results come from the server (/api/search), which holds the index. Arrow keys move the active option,
 * Enter opens it (or the full /search page), Escape closes the dialog and focus returns to the trigger.
 * It shows the best few; when more matched, it says how many and a link after the list leads to them all.
 */
/**
 * A status line once it has stayed the same for a moment: updated at every answer, it was read out while the
 * reader was still typing, seven times for one word, "Nothing in the guide matches 'f'" among them.
 */
function useSettled(text: string, ms = 700): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), ms);
    return () => window.clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

export function SearchPanel({ onClose }: { onClose: (landing?: string) => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [input, setInput] = useState("");
  const [state, setState] = useState<State>({ status: "idle" });
  const [active, setActive] = useState(0);
  const listId = useId();
  const { query } = normaliseQuery(input);

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  useEffect(() => {
    if (!query) return; // an empty box shows the hint, whatever the last answer was (see `results` below)
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      setState((current) => (current.status === "done" ? current : { status: "loading" }));
      try {
        const response = await fetch(searchApiPath(query), { signal: controller.signal });
        if (!response.ok) throw new Error(`search: HTTP ${response.status}`);
        const result = (await response.json()) as { query: string; hits: SearchHit[]; total: number; common: boolean };
        setState({ status: "done", query: result.query, hits: result.hits, total: result.total, common: result.common });
        setActive(0);
      } catch (error) {
        if ((error as DOMException).name !== "AbortError") setState({ status: "failed" });
      }
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const results = state.status === "done" && query ? state.hits : [];
  // The answer's own query, not the box's, which may be a keystroke ahead of it.
  const answered = state.status === "done" ? state : undefined;
  const status = useSettled(
    state.status === "failed"
      ? "Search is not answering right now. Press Enter to search on the search page."
      : !query
        ? "Type to search. Use ↑ ↓ to choose and Enter to open."
        : !answered
          ? "Searching…"
          : results.length === 0
            ? `${describeNoHits(answered.query, answered.common)}.`
            : `${describeHits(0, results.length, answered.total)}. Press Enter for the highlighted one.`,
  );
  const current = Math.min(active, Math.max(results.length - 1, 0));

  // The highlighted result stays in view as the arrow keys move it through a list taller than the dialog.
  useEffect(() => {
    if (results.length > 0) document.getElementById(`${listId}-option-${current}`)?.scrollIntoView({ block: "nearest" });
  }, [current, results.length, listId]);
  // A result on the page being read is only a jump: no new page starts, so focus would go back to the Search
  // button in the header while the view is at the section. The dialog's close hands the section on instead.
  const landing = useRef<string | undefined>(undefined);
  const go = (href: string) => {
    const target = new URL(href, location.href);
    landing.current = target.pathname === location.pathname && target.search === location.search && target.hash ? fragmentId(target.hash) : undefined;
    dialogRef.current?.close();
    window.location.assign(href);
  };

  return (
    <dialog
      ref={dialogRef}
      aria-label="Search the guide"
      onClose={() => onClose(landing.current)}
      className="m-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/50"
    >
      <div className="flex items-center gap-2 border-b border-border p-3">
        <label htmlFor={`${listId}-input`} className="sr-only">
          Search the guide
        </label>
        <input
          id={`${listId}-input`}
          type="text"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={`${listId}-list`}
          aria-autocomplete="list"
          aria-activedescendant={results.length ? `${listId}-option-${current}` : undefined}
          autoComplete="off"
          autoFocus
          maxLength={maxQueryLength}
          // The box's name, as its visible text (WCAG 2.5.3), and short enough to show whole on a 320 px phone:
          // "Search chapters, FAQ and salaries" was cut short even at 390 px.
          placeholder="Search the guide"
          value={input}
          onChange={(event) => setInput(event.target.value)}
          onKeyDown={(event) => {
            // While an input method composes (Japanese, Chinese, Korean…), Enter confirms the text and the arrows
            // pick a conversion: they are the method's keys, not the dialog's. Safari marks its keydown 229 instead.
            if (event.nativeEvent.isComposing || event.keyCode === 229) return;
            if (event.key === "ArrowDown" && results.length) {
              event.preventDefault();
              setActive((current + 1) % results.length);
            } else if (event.key === "ArrowUp" && results.length) {
              event.preventDefault();
              setActive((current - 1 + results.length) % results.length);
            } else if (event.key === "Enter") {
              event.preventDefault();
              // A result only from the answer to what the box holds: typed ahead of the answer ("hip", then "aa"
              // and Enter at once), Enter opened the first hit for "hip". Then it searches the whole page instead.
              if (results[current] && answered?.query === query) go(results[current].href);
              else if (query) go(searchPath(query));
            }
          }}
          className="h-10 w-full rounded-md bg-transparent px-2 text-base"
        />
        <button type="button" onClick={() => dialogRef.current?.close()} className="rounded-md border border-border-strong px-2 py-1 text-xs text-fg-muted hover:border-fg">
          Esc<span className="sr-only"> (close search)</span>
        </button>
      </div>
      {results.length > 0 && (
        // tabIndex -1: the list is driven from the input; without it Chrome makes the scrolling list a Tab stop.
        <div id={`${listId}-list`} role="listbox" aria-label="Results" tabIndex={-1} className="max-h-[60vh] overflow-y-auto p-2">
          {results.map((result, i) => (
            // Keyboard users choose with the arrow keys and Enter in the combobox (aria-activedescendant);
            // the click is the pointer's way to the same result.
            // oxlint-disable-next-line jsx-a11y/click-events-have-key-events
            <div
              key={result.href}
              id={`${listId}-option-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === current}
              onMouseMove={() => setActive(i)}
              onClick={() => go(result.href)}
              className="cursor-pointer rounded-lg px-3 py-2 outline-offset-[-2px] aria-selected:bg-accent-soft aria-selected:outline-2 aria-selected:outline-accent"
            >
              <SearchHitText hit={result} />
            </div>
          ))}
        </div>
      )}
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-t border-border px-4 py-2 text-sm">
        {/* Read out as each answer arrives: how many of how many, not only how many are listed. */}
        <p className="text-fg-muted" role="status">
          {status}
        </p>
        {/* A link, outside the listbox (whose children are its options only), reached with Tab after the close
            button; the arrow keys and Enter in the box keep to the results. A full load, as Enter's `go`. */}
        {answered && results.length > 0 && results.length < answered.total && (
          <a href={searchPath(answered.query)} className="font-medium text-accent underline underline-offset-4">
            See all {answered.total} results
          </a>
        )}
      </div>
    </dialog>
  );
}
