import type { CSSProperties } from "react";
import { AppLink } from "../app-link";
import { askLabel, strongAnswerLabel } from "@/lib/vetting";
import type { ScorecardData } from "@/lib/schemas/scorecard";
import {
  blankTotal,
  headerFieldName,
  headerFields,
  maxFieldLength,
  mustHaveName,
  notesName,
  ratingName,
  recommendationName,
  recommendationNotesName,
  recommendations,
  type ScorecardSheet as Sheet,
} from "@/lib/tools/scorecard";
import { candidateSheet, type CandidateSheet } from "@/lib/tools/scorecard-candidates";
import { ScorecardCandidates } from "./scorecard-candidates.client";
import { ScorecardTotal } from "./scorecard.client";

interface SheetProps {
  sheet: Sheet;
  scale: ScorecardData["scale"];
  /** Link text for the section the items come from. */
  sourceName: string;
  /** Every sheet (roles, item ids and titles): kept candidates are one list for all roles. */
  candidateSheets: readonly CandidateSheet[];
}

const field = "w-full rounded-md border border-border-strong bg-bg px-2 py-1.5 print:border-0 print:border-b print:rounded-none print:px-0 print:py-0.5";

/**
 * The printed copy of the note just before it, shown instead of it on paper only where the browser cannot grow a
 * textarea to its text (no `field-sizing`): ScorecardActions fills it as printing starts (app/globals.css). Hidden
 * from assistive technology: the field is what is read.
 */
function NotesCopy({ minHeight }: { minHeight: "min-h-[var(--notes-min-height)]" | "min-h-[7mm]" }) {
  return <div data-notes-copy aria-hidden="true" className={`mt-1 hidden w-full whitespace-pre-wrap break-words rounded-md border border-border-strong px-2 py-1.5 text-[8pt] ${minHeight}`} />;
}

/**
 * One role's scorecard: who, when, the rating scale, each question or check with a rating and notes,
 * and the total. Plain inputs outside any form (nothing to submit); printed, each role starts a page.
 */
export function ScorecardSheet({ sheet, scale, sourceName, candidateSheets }: SheetProps) {
  const max = scale.length;
  // Printed notes boxes share what is left of one page: a sheet with few items gets taller boxes to write in.
  const notesMinHeight = { "--notes-min-height": sheet.items.length > 3 ? "12mm" : "24mm" } as CSSProperties;
  return (
    <section id={sheet.role} aria-labelledby={`${sheet.role}-title`} className="scorecard-sheet mt-10 scroll-mt-20 rounded-xl border border-border bg-bg-raised p-4 sm:p-6 print:mt-0 print:rounded-none print:border-0 print:p-0" data-scorecard-sheet={sheet.role} style={notesMinHeight}>
      <h2 id={`${sheet.role}-title`} className="text-2xl font-semibold tracking-tight print:text-[15pt]">{sheet.title}</h2>

      {/* Who and when */}
      <div className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4 print:mt-2 print:grid-cols-4 print:gap-4">
        {headerFields.map((f) => {
          const id = headerFieldName(sheet.role, f.id);
          return (
            <div key={f.id}>
              <label id={`${id}-label`} htmlFor={id} className="block text-sm font-medium print:text-[8pt]">{f.label}</label>
              {/* Named with its sheet ("Candidate AI Architect interview"): a screen reader's list of the page's
                  fields had two of each name, one per sheet. */}
              <input id={id} name={id} aria-labelledby={`${id}-label ${sheet.role}-title`} type={f.type} maxLength={f.type === "text" ? maxFieldLength : undefined} autoComplete="off" className={`mt-1 ${field}`} />
            </div>
          );
        })}
      </div>

      {/* The scale */}
      <div className="mt-4 rounded-lg bg-bg-subtle p-3 text-sm print:mt-2 print:p-0 print:text-[8pt]">
        <p className="font-medium">Rating scale</p>
        <dl className="mt-1 grid grid-cols-1 gap-x-6 gap-y-0.5 sm:grid-cols-2">
          {scale.map((point) => (
            // The meaning sits beside its label, or under it where the two do not fit (text enlarged on a phone).
            <div key={point.value} className="flex flex-wrap gap-x-2">
              <dt className="min-w-0 font-semibold tabular-nums"><span data-ui-number>{point.value}</span> {point.label}:</dt>
              <dd className="min-w-0 grow basis-32 text-fg-muted [overflow-wrap:anywhere]">{point.meaning}</dd>
            </div>
          ))}
        </dl>
      </div>

      {/* The items */}
      <ol className="mt-4 space-y-5 print:mt-2 print:space-y-1.5">
        {sheet.items.map((item, index) => (
          <li key={item.id} className="avoid-break border-t border-border pt-4 print:pt-1.5" data-scorecard-item={item.id}>
            {/* The rating sits beside the title, in a column of its own so it is in the same place on every row
                whatever the title's length (below the title on a phone), and each row stays short enough for one
                printed page. */}
            <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,1fr)_auto] print:grid-cols-[minmax(0,1fr)_auto]">
              <h3 className="font-semibold print:text-[10pt]"><span data-ui-number>{index + 1}.</span> {item.title}</h3>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-2 print:gap-x-2">
              <fieldset className="flex min-w-0 flex-wrap items-center gap-1.5 sm:gap-2">
                <legend className="sr-only">Rating for {item.title}</legend>
                <span aria-hidden="true" className="text-sm font-medium print:hidden">Rating</span>
                {scale.map((point) => (
                  <label key={point.value} className="flex cursor-pointer items-center gap-1.5 rounded-md border border-border px-2 py-1 sm:px-2.5 has-[:checked]:border-accent has-[:checked]:bg-accent-soft print:border-0 print:px-1 print:py-0">
                    <input type="radio" name={ratingName(sheet.role, item.id)} value={point.value} className="size-4 accent-[var(--accent)] print:size-3" />
                    <span className="tabular-nums print:text-[9pt]" data-ui-number>{point.value}</span>
                    <span className="sr-only"> {point.label}</span>
                  </label>
                ))}
              </fieldset>
              <label className="flex cursor-pointer items-center gap-1.5 text-sm print:text-[8pt]">
                <input type="checkbox" name={mustHaveName(sheet.role, item.id)} value="yes" className="size-4 accent-[var(--accent)] print:size-3" />
                Must-have<span className="sr-only"> for this role: {item.title}</span>
              </label>
              </div>
            </div>
            <p className="mt-1 print:mt-0 print:text-[9pt] print:leading-snug">{item.prompt}</p>
            {item.ask && (
              <p className="mt-1 print:mt-0.5 print:text-[9pt] print:leading-snug">
                <strong>{askLabel}</strong> {item.ask}
              </p>
            )}
            {item.detail && (
              <p className="mt-1 text-sm text-fg-muted print:mt-0.5 print:text-[8pt] print:leading-snug">
                {strongAnswerLabel} {item.detail}
              </p>
            )}
            <label htmlFor={notesName(sheet.role, item.id)} className="mt-3 block text-sm font-medium print:sr-only">
              Notes on {item.title}
            </label>
            <textarea
              id={notesName(sheet.role, item.id)}
              name={notesName(sheet.role, item.id)}
              rows={3}
              maxLength={maxFieldLength}
              autoComplete="off"
              data-notes-field
              className="mt-1 block w-full resize-y rounded-md border border-border-strong bg-bg px-2 py-1.5 print:mt-1 print:min-h-[var(--notes-min-height)] print:resize-none print:text-[8pt] print:[field-sizing:content]"
            />
            <NotesCopy minHeight="min-h-[var(--notes-min-height)]" />
          </li>
        ))}
      </ol>

      {/* The total */}
      {/* The total and the recommendation, on one line where there is room (a printed sheet has little). */}
      <div className="mt-5 flex flex-wrap items-center justify-between gap-x-6 gap-y-3 border-t-2 border-border-strong pt-3 print:mt-2 print:pt-1">
        <p className="text-lg print:text-[11pt]">
          Total: <ScorecardTotal sheet={candidateSheet(sheet)} maxRating={max} />
          <span className="no-js-only" data-ui-number>{blankTotal(sheet.items.length * max)}</span>
        </p>
        <fieldset className="flex flex-wrap items-center gap-2 print:gap-1">
          <legend className="float-left mr-1 max-w-full font-semibold print:text-[10pt]">
            Recommendation<span className="sr-only"> on the {sheet.title}</span>
          </legend>
          {recommendations.map((choice) => (
            <label key={choice.value} className="flex cursor-pointer items-center gap-1.5 rounded-md border border-border px-2.5 py-1 has-[:checked]:border-accent has-[:checked]:bg-accent-soft print:border-0 print:px-1 print:py-0 print:text-[9pt]">
              <input type="radio" name={recommendationName(sheet.role)} value={choice.value} className="size-4 accent-[var(--accent)] print:size-3" />
              {choice.label}
            </label>
          ))}
        </fieldset>
      </div>
      <label htmlFor={recommendationNotesName(sheet.role)} className="mt-3 block text-sm font-medium print:mt-1 print:text-[8pt]">
        Why, and the next step<span className="sr-only"> ({sheet.title})</span>
      </label>
      <textarea
        id={recommendationNotesName(sheet.role)}
        name={recommendationNotesName(sheet.role)}
        rows={2}
        maxLength={maxFieldLength}
        autoComplete="off"
        data-notes-field
        className="mt-1 block w-full resize-y rounded-md border border-border-strong bg-bg px-2 py-1.5 print:min-h-[7mm] print:resize-none print:text-[8pt] print:[field-sizing:content]"
      />
      <NotesCopy minHeight="min-h-[7mm]" />
      <p className="mt-2 text-xs text-fg-muted print:mt-1 print:text-[7pt]">
        From the AI hiring guide:{" "}
        <AppLink className="underline underline-offset-2" href={sheet.href}>
          {sourceName}
        </AppLink>
        . Rate what the candidate showed, not how confident they sounded. A must-have that gets the lowest rating ends the
        process, whatever the total.
      </p>

      {/* Several candidates for the role, with JavaScript only (it needs the browser's storage). On paper the
          comparison follows the sheet on a page of its own, and only when someone is kept (app/globals.css). */}
      <div className="js-only mt-6 border-t border-border pt-4" data-scorecard-candidates={sheet.role}>
        <h3 className="font-semibold print:hidden">Compare candidates</h3>
        <p className="mt-1 text-sm text-fg-muted print:hidden">
          Interviewing several people for this role? When an interview ends, keep the sheet and start a blank one for
          the next candidate, with the same must-haves ticked. Everyone you kept is compared below. Open a candidate to read or change their sheet.
        </p>
        <ScorecardCandidates sheets={candidateSheets} role={sheet.role} title={sheet.title} maxRating={max} />
      </div>
    </section>
  );
}
