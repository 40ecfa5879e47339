import { AppLink } from "../app-link";
import { pagePaths, toolPath } from "@/lib/routes";
import { absoluteUrl, site } from "@/lib/site";
import type { MarketNote } from "@/lib/schemas/salary-band";
import type { PlanRules } from "@/lib/schemas/plan";
import type { PlanPoint, PlanRecommendation } from "@/lib/tools/plan";
import type { TeamCost } from "@/lib/tools/plan-cost";
import { engineersLabel, planSummary } from "@/lib/tools/plan-text";
import { PlanCost } from "./plan-cost";

export interface PlanResultProps {
  labels: PlanRules["labels"];
  plan: PlanRecommendation;
  cost: TeamCost;
  /** Link text for each section a reason links to (see lib/tools/section-links.ts). */
  sectionNames: Record<string, string>;
  /** The notes that have no figure (offshore and nearshore). */
  marketNotes: readonly MarketNote[];
  /** This answer's own URL, to share. */
  shareHref: string;
}

function Point({ title, value, point, sectionNames, extra }: { title: string; value: string; point: PlanPoint<unknown>; sectionNames: Record<string, string>; extra?: string }) {
  return (
    <li className="rounded-xl border border-border bg-bg-raised p-4" data-plan-point={point.ruleId}>
      <h3 className="text-sm font-semibold text-fg-muted">{title}</h3>
      <p className="mt-1 text-lg font-semibold">{value}</p>
      <p className="mt-1">{point.reason}</p>
      {extra && <p className="mt-2 text-sm text-fg-muted">{extra}</p>}
      <p className="mt-2 text-sm">
        Why:{" "}
        <AppLink className="text-accent underline underline-offset-2" href={point.href}>
          {sectionNames[point.href] ?? point.href}
        </AppLink>
      </p>
    </li>
  );
}

/**
 * The planner's answer: who fills the architect seat, how many engineers, whether an agency fits and
 * build, buy or hire, each with its one-sentence reason and the section that argues it; then what the
 * team costs. A pure server view: the same props always render the same answer.
 */
export function PlanResult(props: PlanResultProps) {
  const { labels, plan, cost, sectionNames, marketNotes, shareHref } = props;
  return (
    <div data-plan-result>
      {/* Read once, from the page's live status (app/plan/page.tsx), which is there before the first answer. */}
      <p aria-hidden="true" className="text-lg font-medium" data-plan-summary>
        {planSummary(props)}
      </p>
      <ul className="mt-5 grid gap-3">
        <Point title="AI Architect" value={labels.seat[plan.architect.value]} point={plan.architect} sectionNames={sectionNames} />
        <Point title="Software Engineers" value={engineersLabel(plan.engineers.value)} point={plan.engineers} sectionNames={sectionNames} extra={labels.headcount} />
        <Point
          title="Specialist agency"
          value={plan.agency.value ? labels.agency.fits : labels.agency.optional}
          point={plan.agency}
          sectionNames={sectionNames}
          // Said where the plan recommends an agency; beside "optional" it named "such an agency" after no agency.
          extra={plan.agency.value ? `${site.publisher}, which publishes this guide, is such an agency: weigh this point with that in mind.` : undefined}
        />
        <Point title="Build, buy or hire" value={labels.approach[plan.approach.value]} point={plan.approach} sectionNames={sectionNames} />
      </ul>
      {plan.notes.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold">Also worth knowing</h3>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            {plan.notes.map((note) => (
              <li key={note.ruleId} data-plan-point={note.ruleId}>
                {note.reason}{" "}
                <AppLink className="text-sm text-accent underline underline-offset-2" href={note.href}>
                  {sectionNames[note.href] ?? note.href}
                </AppLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <PlanCost cost={cost} labels={labels} marketNotes={marketNotes} />
      <p className="mt-6 text-sm text-fg-muted">
        This answer has its own address, so you can bookmark it or send it to a colleague:{" "}
        {/* With #answer, a colleague on a phone lands on the team, not on the six questions above it. */}
        <a className="text-accent underline underline-offset-2" href={`${shareHref}#answer`} data-print-url={absoluteUrl(shareHref)}>
          link to this plan
        </a>
        .
      </p>
      {/* The answer used to end the page: the next steps a hiring manager takes, from the tools and the agency. */}
      <p className="mt-3 text-sm print:hidden" data-plan-next>
        Next: write the job ad from a{" "}
        <AppLink className="text-accent underline underline-offset-2" href={toolPath("job-descriptions")}>job description starter</AppLink>, prepare the
        interviews with the <AppLink className="text-accent underline underline-offset-2" href={toolPath("scorecard")}>interview scorecard</AppLink>,{" "}
        {/* Where to look first, before the publisher's own form: referrals, independent consultants, agencies. */}
        {(plan.architect.value === "fractional" || plan.architect.value === "full-time") && (
          <>
            see <AppLink className="text-accent underline underline-offset-2" href={pagePaths.findArchitect}>where to find an architect</AppLink>,{" "}
          </>
        )}
        or{" "}
        {plan.architect.value === "fractional" ? (
          <>
            <AppLink className="text-accent underline underline-offset-2" href={`${pagePaths.consultation}?role=fractional-architect`}>ask a specialist</AppLink>{" "}
            about a fractional architect and these hires.
          </>
        ) : (
          <>
            <AppLink className="text-accent underline underline-offset-2" href={pagePaths.consultation}>ask a specialist</AppLink> about these hires.
          </>
        )}
      </p>
    </div>
  );
}

/**
 * The answers the plan rests on, for paper only: printed, the questionnaire is left out (it took two pages),
 * and a co-founder reading the sheet should still see what situation it assumes.
 */
export function PlanAnswersForPrint({ questions, answers }: { questions: PlanRules["questions"]; answers: Partial<Record<string, string>> }) {
  return (
    <div className="mb-4 hidden text-sm print:block" data-plan-answers>
      <h3 className="font-semibold">Based on these answers</h3>
      <dl className="mt-1">
        {questions.map((question) => (
          <div key={question.id} className="flex gap-2">
            <dt>{question.label}</dt>
            <dd className="font-semibold">{question.options.find((option) => option.value === answers[question.id])?.label}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
