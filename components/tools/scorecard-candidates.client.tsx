"use client";

import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { headerFieldName, sheetFieldNames } from "@/lib/tools/scorecard";
import { comparisonRows, keepCandidate, maxKeptCandidates, mustHaveTicks, reopenCandidate, type CandidateSheet, type ComparisonRow, type KeptCandidate } from "@/lib/tools/scorecard-candidates";
import { announce, loadKept, readFields, refresh, refreshEvent, saveSheets, storeKept, writeFields } from "./scorecard-fields";

/** Not shown and never sent: it only tells kept candidates apart. */
const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const cell = "border-b border-border px-2 py-1.5 align-top";
const smallButton = "rounded-md border border-border-strong px-2.5 py-1 font-semibold hover:border-accent";

/** What the comparison says of each candidate after their name: the table's columns, the headings in a phone's blocks. */
const columns: { heading: string; numbers?: boolean; value: (row: ComparisonRow) => ReactNode }[] = [
  { heading: "Total", numbers: true, value: (row) => `${row.score} out of ${row.max}` },
  { heading: "Rated", numbers: true, value: (row) => `${row.rated} of ${row.items}` },
  { heading: "Must-have rated lowest", value: (row) => (row.stops.length > 0 ? <strong className="text-error">Stop: {row.stops.join("; ")}</strong> : "No") },
  { heading: "Recommendation", value: (row) => (row.againstStop ? <strong className="text-error">{row.recommendation}, against the Stop</strong> : row.recommendation || "None yet") },
];

interface Props {
  /** Every sheet: the kept candidates of all roles are one list, rewritten whole. */
  sheets: readonly CandidateSheet[];
  role: string;
  /** The sheet's title, e.g. "AI Architect interview": buttons and messages name the role with it. */
  title: string;
  maxRating: number;
}

/**
 * A role's kept candidates: keep the sheet as a candidate and start a blank one (the role's must-have ticks
 * stay), reopen a kept candidate (the sheet being filled in is kept in their place, never lost) or remove one,
 * and a comparison of them all. Everything stays in localStorage; messages go to the page's one status line.
 */
export function ScorecardCandidates({ sheets, role, title, maxRating }: Props) {
  const sheet = sheets.find((entry) => entry.role === role)!;
  const names = useMemo(() => sheetFieldNames(sheet), [sheet]);
  const allNames = useMemo(() => sheets.flatMap(sheetFieldNames), [sheets]);
  const [kept, setKept] = useState<KeptCandidate[] | null>(null);
  const [onSheet, setOnSheet] = useState<Record<string, string>>({});
  const keepButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const readSheet = () => setOnSheet(readFields(names));
    const readAll = () => {
      setKept(loadKept(sheets));
      readSheet();
    };
    readAll();
    document.addEventListener("input", readSheet);
    document.addEventListener("change", readSheet);
    document.addEventListener(refreshEvent, readAll);
    // Another tab of the same page kept or removed a candidate.
    window.addEventListener("storage", readAll);
    return () => {
      document.removeEventListener("input", readSheet);
      document.removeEventListener("change", readSheet);
      document.removeEventListener(refreshEvent, readAll);
      window.removeEventListener("storage", readAll);
    };
  }, [sheets, names]);

  /** Stores the list, then puts `values` on the sheet; false when the browser refuses (then nothing changes). */
  const commit = (list: KeptCandidate[], values: Readonly<Record<string, string>>) => {
    try {
      storeKept(list);
      writeFields(names, values);
      saveSheets(allNames);
    } catch {
      announce("This browser did not let the page keep candidates: print the sheet or copy your notes before you leave.");
      return false;
    }
    refresh();
    return true;
  };

  /**
   * Puts the reader on the sheet's Candidate field, where the next candidate (or a reopened one) starts. The sheet
   * begins thousands of pixels above the buttons: the field lands as a link to it would, below the sticky header
   * with its label in view (the page's scroll-padding and the fields' scroll-margin), not under the header.
   */
  const landOnSheet = () => {
    const field = document.getElementById(headerFieldName(role, "candidate"));
    field?.focus({ preventScroll: true });
    field?.scrollIntoView({ block: "start" });
  };

  const keep = () => {
    const before = loadKept(sheets);
    // The page reads back no more than maxKeptCandidates: one more was stored, its sheet blanked, and the next
    // read left it out, so the candidate just kept was gone without a word.
    if (before.length >= maxKeptCandidates) {
      return announce(`This browser already keeps ${maxKeptCandidates} candidates, the most the page can. Remove one you no longer need, then keep this sheet.`);
    }
    const values = readFields(names);
    const list = keepCandidate(before, role, values, newId());
    if (list.length === before.length) return announce(`The ${title} sheet is blank: there is nothing to keep yet.`);
    // The must-haves are the role's, ticked the same for every candidate: the next one's blank sheet keeps them.
    const ticks = mustHaveTicks(values);
    if (!commit(list, ticks)) return;
    const ticked = Object.keys(ticks).length > 0 ? ", with the same must-haves ticked" : "";
    announce(`Kept ${list.at(-1)!.name}. The ${title} sheet is blank for the next candidate${ticked}.`);
    landOnSheet(); // the status line still says what happened: it is a live region, announced after the field
  };

  const reopen = (row: ComparisonRow) => {
    const result = reopenCandidate(loadKept(sheets), row.id ?? "", readFields(names), newId());
    if (!result) return refresh(); // removed in another tab meanwhile: show the list as it is
    if (!commit(result.kept, result.candidate.values)) return;
    const keptToo = result.keptSheet ? ` The sheet you were filling in is kept as ${result.keptSheet.name}.` : "";
    announce(`Opened ${result.candidate.name} on the ${title} sheet.${keptToo}`);
    landOnSheet(); // ready to read or change their sheet
  };

  const remove = (row: ComparisonRow) => {
    if (!window.confirm(`Remove ${row.name} from the ${title} candidates kept in this browser? This cannot be undone.`)) return;
    if (!commit(loadKept(sheets).filter((candidate) => candidate.id !== row.id), readFields(names))) return;
    announce(`Removed ${row.name} from the ${title} candidates.`);
    keepButton.current?.focus(); // the row and its buttons are gone
  };

  const rows = kept ? comparisonRows(kept, sheet, maxRating, onSheet) : [];
  const nameId = `${role}-candidates-name`;
  // Side by side in the table; in a phone's block they may wrap, when text is enlarged.
  const actions = (row: ComparisonRow, wrap = false) => (
    <span className={`flex gap-2 ${wrap ? "flex-wrap" : ""}`}>
      <button type="button" onClick={() => reopen(row)} className={smallButton}>
        Open<span className="sr-only"> {row.name} on the {title} sheet</span>
      </button>
      <button type="button" onClick={() => remove(row)} className={smallButton}>
        Remove<span className="sr-only"> {row.name} from the {title} candidates</span>
      </button>
    </span>
  );
  const name = (row: ComparisonRow) => (
    <>
      {row.name}
      {!row.id && <span className="font-normal text-fg-muted"> (on the sheet now)</span>}
    </>
  );
  return (
    <>
      <button ref={keepButton} type="button" onClick={keep} className={`mt-3 print:hidden ${smallButton}`}>
        Keep this candidate and start a blank sheet<span className="sr-only"> ({title})</span>
      </button>
      {rows.some((row) => row.id) ? (
        // Laid out by the room the comparison has, not by the screen: a container query in rem, so text enlarged
        // on the page counts too.
        <div className="@container">
          <p id={nameId} className="mt-4 mb-2 font-semibold">
            {title}: candidates kept in this browser
          </p>
          {/* With room for its six columns (36rem), and on paper: a table. The box scrolls only for a name too long to wrap. */}
          <div className="hidden overflow-x-auto @xl:block print:block">
            <table aria-labelledby={nameId} className="w-full border-collapse text-left text-sm" data-ui-number>
              <thead>
                <tr>
                  <th scope="col" className={`${cell} font-semibold`}>Candidate</th>
                  {columns.map((column) => (
                    <th key={column.heading} scope="col" className={`${cell} font-semibold`}>{column.heading}</th>
                  ))}
                  <th scope="col" className={`${cell} font-semibold print:hidden`}>Actions</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id ?? "on-sheet"} data-candidate-row={row.id ?? "on-sheet"}>
                    <th scope="row" className={`${cell} font-medium`}>{name(row)}</th>
                    {columns.map((column) => (
                      <td key={column.heading} className={column.numbers ? `${cell} whitespace-nowrap tabular-nums` : cell}>{column.value(row)}</td>
                    ))}
                    <td className={`${cell} print:hidden`}>{row.id && actions(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {/* Narrower (a phone), the table put its last columns, the buttons among them, off to the right of a box
              that did not look scrollable: each candidate is a block of its own there, every value beside its
              column's heading and the buttons under them, all on screen. */}
          <ul aria-labelledby={nameId} className="space-y-3 text-sm @xl:hidden print:hidden" data-ui-number>
            {rows.map((row) => (
              <li key={row.id ?? "on-sheet"} className="rounded-lg border border-border p-3">
                <h4 className="font-semibold">{name(row)}</h4>
                <dl className="mt-1 space-y-0.5">
                  {columns.map((column) => (
                    <div key={column.heading} className="flex flex-wrap gap-x-1.5">
                      <dt className="text-fg-muted">{column.heading}:</dt>
                      <dd className={column.numbers ? "tabular-nums" : ""}>{column.value(row)}</dd>
                    </div>
                  ))}
                </dl>
                {row.id && <div className="mt-2">{actions(row, true)}</div>}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-3 text-sm text-fg-muted print:hidden">No candidates kept for this role yet.</p>
      )}
    </>
  );
}
