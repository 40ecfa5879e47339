"use client";

import { useEffect, useState } from "react";
import { blankTotal, mustHaveName, parseSavedScorecard, ratingName, recommendationAgainstStop, recommendationName, scorecardStorageKey, sheetTotal } from "@/lib/tools/scorecard";
import { candidatesStorageKey } from "@/lib/tools/scorecard-candidates";
import { onAnnounce, readFields, refresh, refreshEvent, saveSheets, writeField } from "./scorecard-fields";

const clearedStatus = "Scorecard cleared, and every kept candidate removed. Nothing is kept in this browser now.";

/**
 * Keeps what the reader types in this browser only: restores it on load, saves it to localStorage on
 * every change (no network request, ever), shows what another tab of the page saved, and offers Print and
 * Clear (which removes the kept candidates too, scorecard-candidates.client.tsx, and owns the status line they
 * report on). The fields themselves are plain server-rendered inputs outside any <form>, so nothing can be
 * submitted, with or without JavaScript.
 */
export function ScorecardActions({ fieldNames }: { fieldNames: readonly string[] }) {
  const [status, setStatus] = useState("");

  useEffect(() => {
    try {
      const saved = parseSavedScorecard(window.localStorage.getItem(scorecardStorageKey), fieldNames);
      for (const [name, value] of Object.entries(saved)) writeField(name, value);
      // localStorage exists only in the browser, after the server render: reading it here is the point.
      // oxlint-disable-next-line react/set-state-in-effect
      if (Object.keys(saved).length > 0) setStatus("Restored what you typed earlier in this browser.");
    } catch {
      setStatus("This browser does not let the page keep your notes: they will be lost when you leave.");
    }
    // An empty date field prints its format ("mm/dd/yyyy") as if it were filled in: marked empty, the print
    // styles leave it a blank box to write in (app/globals.css). Without JavaScript the format prints.
    const markEmptyDates = () => {
      for (const input of document.querySelectorAll<HTMLInputElement>('input[type="date"]')) input.toggleAttribute("data-empty", input.value === "");
    };
    markEmptyDates();
    document.addEventListener("change", markEmptyDates);
    document.addEventListener(refreshEvent, markEmptyDates);
    refresh();
    const save = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLTextAreaElement | null;
      if (!target?.name || !fieldNames.includes(target.name)) return;
      try {
        saveSheets(fieldNames);
        // Typing again after Clear: "nothing is kept" is no longer true.
        setStatus((current) => (current === clearedStatus ? "" : current));
      } catch {
        setStatus("Could not save in this browser: print or copy your notes before you leave.");
      }
    };
    document.addEventListener("input", save);
    document.addEventListener("change", save);
    // The same page open in another tab saves all its fields at each keystroke: without this, the next keystroke
    // here saved this tab's older copy over everything typed there. Its saves (and its Clear) now show here too.
    const follow = (event: StorageEvent) => {
      if (event.key !== scorecardStorageKey && event.key !== null) return; // null: that tab's storage was emptied
      const saved = parseSavedScorecard(event.key === null ? null : event.newValue, fieldNames);
      for (const name of fieldNames) writeField(name, saved[name] ?? "");
      refresh();
    };
    window.addEventListener("storage", follow);
    // A note grows on paper through `field-sizing`, which Firefox and Safari before 26.2 lack: there a long note
    // printed cut off. Before printing, each note goes into the copy after its field, which prints instead.
    const copyNotes = () => {
      if (CSS.supports("field-sizing", "content")) return;
      for (const field of document.querySelectorAll<HTMLTextAreaElement>("textarea[data-notes-field]")) {
        const copy = field.nextElementSibling;
        if (copy?.hasAttribute("data-notes-copy")) copy.textContent = field.value;
      }
      document.documentElement.setAttribute("data-notes-copies", "");
    };
    const dropCopies = () => document.documentElement.removeAttribute("data-notes-copies");
    window.addEventListener("beforeprint", copyNotes);
    window.addEventListener("afterprint", dropCopies);
    // Keeping, reopening and removing candidates (scorecard-candidates.client.tsx) report here.
    const stopAnnouncing = onAnnounce(setStatus);
    return () => {
      stopAnnouncing();
      window.removeEventListener("storage", follow);
      window.removeEventListener("beforeprint", copyNotes);
      window.removeEventListener("afterprint", dropCopies);
      document.removeEventListener("input", save);
      document.removeEventListener("change", save);
      document.removeEventListener("change", markEmptyDates);
      document.removeEventListener(refreshEvent, markEmptyDates);
    };
  }, [fieldNames]);

  const clear = () => {
    if (!window.confirm("Clear every field on both scorecards and remove every kept candidate? This cannot be undone.")) return;
    try {
      window.localStorage.removeItem(scorecardStorageKey);
      window.localStorage.removeItem(candidatesStorageKey);
    } catch {
      // Nothing was stored, then: emptying the fields is all there is to do.
    }
    for (const name of fieldNames) writeField(name, "");
    refresh();
    setStatus(clearedStatus);
  };

  return (
    <div className="js-only">
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={() => window.print()} className="rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-hover">
          Print / Save as PDF
        </button>
        <button type="button" onClick={clear} className="rounded-lg border border-border-strong px-4 py-2 font-semibold hover:border-accent">
          Clear
        </button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-fg-muted">
        {status}
      </p>
    </div>
  );
}

/** A sheet's live total: the sum of its ratings out of the most it could be, and any must-have rated lowest. */
export function ScorecardTotal({ sheet, maxRating }: { sheet: { role: string; items: readonly { id: string; title: string }[] }; maxRating: number }) {
  const [total, setTotal] = useState<(ReturnType<typeof sheetTotal> & { against?: string }) | null>(null);
  useEffect(() => {
    const names = [...sheet.items.flatMap((item) => [ratingName(sheet.role, item.id), mustHaveName(sheet.role, item.id)]), recommendationName(sheet.role)];
    const update = () => {
      const values = readFields(names);
      const sum = sheetTotal(values, sheet, maxRating);
      setTotal({ ...sum, against: recommendationAgainstStop(sum.stops, values[recommendationName(sheet.role)]) });
    };
    update();
    document.addEventListener("change", update);
    document.addEventListener(refreshEvent, update);
    return () => {
      document.removeEventListener("change", update);
      document.removeEventListener(refreshEvent, update);
    };
  }, [sheet, maxRating]);
  if (!total) return null;
  return (
    <>
      {/* A sheet printed before any rating is a blank form: a line to fill in, not "0 out of 20". */}
      <output className={`js-only font-semibold tabular-nums ${total.rated === 0 ? "print:hidden" : ""}`} data-scorecard-total={sheet.role} data-ui-number>
        {total.score} out of {total.max}
        <span className="font-normal text-fg-muted print:hidden"> ({total.rated} of {sheet.items.length} rated)</span>
        {total.stops.length > 0 && (
          // Not on paper: a printed sheet has no room for another line, and there the ticked box beside the lowest
          // rating, the rule under the sheet and the recommendation say it.
          <strong className="block text-base text-error print:hidden" data-scorecard-stop>
            Stop: the lowest rating on a must-have ({sheet.items.filter((item) => total.stops.includes(item.id)).map((item) => item.title).join("; ")}).
            {total.against && ` The recommendation, ${total.against}, goes against it.`}
          </strong>
        )}
      </output>
      {total.rated === 0 && (
        <span className="hidden print:inline" data-ui-number>
          {blankTotal(total.max)}
        </span>
      )}
    </>
  );
}
