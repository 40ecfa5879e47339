import { bandLabel, formatBandRange, formatSourceDate } from "@/lib/salary-bands";
import type { PlanAnswers, PlanQuestion } from "@/lib/schemas/plan";
import type { SalaryBand } from "@/lib/schemas/salary-band";
import { FieldError } from "../forms/fields";

/** Id of the planner's form; the live-update leaf finds the form by it. */
export const planFormId = "plan-form";

interface PlanFormProps {
  questions: readonly PlanQuestion[];
  /** Answers to show as chosen (from the URL), possibly incomplete. */
  answers: Partial<PlanAnswers>;
  /** The band a question shows beside its hint, by role (the planner prices with these). */
  bandFor: (role: SalaryBand["role"]) => SalaryBand | undefined;
}

/**
 * The questionnaire: a plain GET form, so the answer page's URL holds the answers (`/plan?ai=core&…`),
 * works without JavaScript and can be shared. The action's #answer lands the reader on the answer.
 */
export function PlanForm({ questions, answers, bandFor }: PlanFormProps) {
  return (
    // autoComplete off: after Back without JavaScript, the browser would otherwise put back the answers last
    // chosen beside the result of the earlier ones.
    <form id={planFormId} action="/plan#answer" method="get" autoComplete="off" className="space-y-5">
      {questions.map((question, index) => {
        const band = question.band ? bandFor(question.band) : undefined;
        const hintId = `${question.id}-hint`;
        return (
          <fieldset key={question.id} aria-describedby={`${hintId} ${question.id}-error`} className="scroll-mt-20 rounded-xl border border-border bg-bg-raised p-4 sm:p-5">
            <legend className="px-1 font-semibold">
              <span data-ui-number>{index + 1}.</span> {question.label}
            </legend>
            <p id={hintId} className="mt-1 text-sm text-fg-muted">
              {question.hint}
              {/* Sourced where it is shown (plain text: a link here would add a Tab stop before the answers). */}
              {band && ` ${bandLabel(band)}: ${formatBandRange(band)} a year (${band.source.name}, ${formatSourceDate(band.source)}).`}
            </p>
            <div className="mt-3 grid grid-cols-1 gap-2">
              {question.options.map((option) => (
                <label
                  key={option.value}
                  className="flex cursor-pointer items-start gap-3 rounded-lg border border-border px-3 py-2 hover:border-border-strong has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
                >
                  <input
                    type="radio"
                    name={question.id}
                    value={option.value}
                    defaultChecked={answers[question.id] === option.value}
                    required
                    className="mt-1 size-4 shrink-0 accent-[var(--accent)]"
                  />
                  <span className="min-w-0">{option.label}</span>
                </label>
              ))}
            </div>
            {/* Filled by PlanLive when "Show my team" finds the question unanswered (the browser's bubble without JavaScript). */}
            <FieldError id={`${question.id}-error`} name={question.id} />
          </fieldset>
        );
      })}
      <button type="submit" className="max-w-full rounded-lg bg-accent px-5 py-3 font-semibold text-on-accent hover:bg-accent-hover">
        Show my team
      </button>
    </form>
  );
}
