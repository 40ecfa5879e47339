import type { Metadata } from "next";
import { cache } from "react";
import { PlanForm, planFormId } from "@/components/tools/plan-form";
import { PlanLive } from "@/components/tools/plan-live.client";
import { ScrollBoxFocus } from "@/components/scroll-box-focus.client";
import { PlanAnswersForPrint, PlanResult } from "@/components/tools/plan-result";
import { ToolHeader } from "@/components/tools/tool-header";
import { getAllChapters } from "@/lib/chapters";
import { pageMetadata } from "@/lib/metadata";
import { marketNotes } from "@/lib/salary-bands";
import { trimDescription } from "@/lib/sections";
import { getTool } from "@/lib/tools/catalog";
import { planBandFor } from "@/lib/tools/plan-cost";
import { planPageData } from "@/lib/tools/plan-page";
import { planRules } from "@/lib/tools/plan-rules";
import { unansweredText } from "@/lib/tools/plan-missing";
import { planCostLine, planSummary, planTitle } from "@/lib/tools/plan-text";
import { salaryBands } from "@/lib/salary-bands";

const tool = getTool("plan");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page's data for one query, worked out once per request: the metadata and the page both need it. */
const dataFor = cache(async (query: string) => planPageData(JSON.parse(query) as Awaited<Props["searchParams"]>, await getAllChapters()));
const planData = async (searchParams: Props["searchParams"]) => dataFor(JSON.stringify(await searchParams));

/**
 * An answered plan is made to be sent to a colleague, so its link preview names the team and its address
 * (og:url and canonical alike) keeps the answers; the blank planner's preview had stood in for every plan.
 * Answered plans are kept out of search engines (144 near-copies of one tool); /plan itself is indexed.
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { result } = await planData(searchParams);
  if (!result) return pageMetadata({ title: tool.title, description: tool.description, path: "/plan" });
  const answer = { labels: planRules.labels, ...result };
  const description = trimDescription(planCostLine(answer) || planSummary(answer));
  return pageMetadata({ title: planTitle(answer), description, path: result.shareHref, noindex: true });
}

export default async function PlanPage({ searchParams }: Props) {
  const data = await planData(searchParams);
  const questionIds = planRules.questions.map((q) => q.id);
  const unanswered = questionIds.flatMap((id, index) => (data.answers[id] === undefined ? [index + 1] : []));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-12 focus:outline-none sm:px-6">
      <ToolHeader tool={tool}>
        Six questions built on the guide&apos;s own decision points. The answer suggests a starting team, why,
        and what it costs a year. Nothing you choose is stored: the answers live in this page&apos;s address.
      </ToolHeader>

      {data.query.kind === "invalid" && (
        <div role="alert" className="mt-8 max-w-3xl rounded-r-lg border-l-4 border-[var(--warn-border)] bg-[var(--warn-bg)] px-5 py-4" data-plan-problems>
          <p className="font-semibold">This link does not hold a complete set of answers</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {data.query.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="mt-10 gap-10 lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
        {/* Printed, an answered plan is the answer: the questionnaire took two A4 pages before it. */}
        <section id="questions" aria-labelledby="questions-title" className={data.result ? "print:hidden" : undefined}>
          <h2 id="questions-title" className="mb-4 text-2xl font-semibold tracking-tight">Your situation</h2>
          <PlanForm questions={planRules.questions} answers={data.answers} bandFor={(role) => planBandFor(role, salaryBands)} />
          <PlanLive formId={planFormId} questionIds={questionIds} answerId="answer" answers={data.answers} />
        </section>

        <section id="answer" tabIndex={-1} aria-labelledby="answer-title" className="mt-12 scroll-mt-20 focus:outline-none lg:mt-0">
          <h2 id="answer-title" className="mb-4 text-2xl font-semibold tracking-tight">A starting team for your answers</h2>
          {/* Always on the page, empty until there is an answer: a live region that arrives with its text already
              in it is not read by most screen readers, so the first answer (after the sixth question) went unsaid. */}
          <p role="status" className="sr-only" data-plan-announce>
            {data.result ? planSummary({ labels: planRules.labels, ...data.result }) : ""}
          </p>
          {data.result ? (
            <>
              <PlanAnswersForPrint questions={planRules.questions} answers={data.answers} />
              <PlanResult labels={planRules.labels} marketNotes={marketNotes} {...data.result} />
            </>
          ) : (
            <p className="rounded-xl border border-dashed border-border-strong p-5 text-fg-muted" data-plan-empty>
              Answer the questions and choose “Show my team” to see the team, the reasons for it
              and its yearly salary range.
              {/* A half-answered link (shared, or reloaded mid-way) says what is left. Without JavaScript only: with it,
                  the answers change without a new page, and the planner's status says what is left. */}
              {unanswered.length > 0 && unanswered.length < questionIds.length && <span className="no-js-only"> {unansweredText(unanswered)}</span>}
            </p>
          )}
        </section>
      </div>
      {/* Keyed by the plan, so a new answer's cost table is measured too. */}
      <ScrollBoxFocus key={data.result?.shareHref ?? "blank"} />
    </main>
  );
}
