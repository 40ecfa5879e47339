import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { ScorecardActions } from "@/components/tools/scorecard.client";
import { ScorecardSheet } from "@/components/tools/scorecard-sheet";
import { ToolHeader } from "@/components/tools/tool-header";
import { getAllChapters } from "@/lib/chapters";
import { faqEntries } from "@/lib/faq";
import { pageMetadata } from "@/lib/metadata";
import { chapterPath, pagePaths } from "@/lib/routes";
import { getTool } from "@/lib/tools/catalog";
import { sheetFieldNames } from "@/lib/tools/scorecard";
import { candidateSheet } from "@/lib/tools/scorecard-candidates";
import { scorecardData, scorecardSheets } from "@/lib/tools/scorecard-data";
import { sectionName } from "@/lib/tools/section-links";

const tool = getTool("scorecard");
export const metadata: Metadata = pageMetadata({ title: tool.title, description: tool.description, path: "/scorecard" });

export default async function ScorecardPage() {
  const chapters = await getAllChapters();
  const sheets = scorecardSheets();
  const candidateSheets = sheets.map(candidateSheet);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-12 focus:outline-none sm:px-6 print:max-w-none print:p-0">
      <div className="no-print">
        <ToolHeader tool={tool}>
          One sheet per role, with the questions and checks from the vetting chapter, word for word. Rate each answer,
          add notes, mark the must-haves and end with a recommendation; print it or save it as a PDF: each role starts
          on its own page, and long notes run onto a second.
        </ToolHeader>
        <p className="mt-4 max-w-3xl text-sm text-fg-muted">
          What you type stays in this browser only: it is never sent anywhere
          <span className="js-only">
            , it is still here after a reload, and so are the candidates you keep to compare. Clear removes all of it.
            Interview notes are personal data, so clear them when you are done
          </span>
          .
        </p>
        <p className="mt-2 max-w-3xl text-sm text-fg-muted" data-scorecard-technical>
          Several items call for technical judgment: system design, MLOps, the stack. The{" "}
          <AppLink className="text-accent underline underline-offset-2" href={chapterPath("glossary")}>glossary</AppLink> explains the
          terms; to judge the answers, have someone technical on the panel, such as a senior engineer or a fractional
          architect, or <AppLink className="text-accent underline underline-offset-2" href={pagePaths.consultation}>ask a specialist</AppLink>.
        </p>
        <p className="mt-2 max-w-3xl text-sm text-fg-muted" data-scorecard-reading>
          Tick the skills the role cannot do without as must-haves. The rating scale is this site&apos;s own; the guide
          names none. The total has no pass mark: it compares candidates for the same role, and the vetting chapter says{" "}
          <AppLink className="text-accent underline underline-offset-2" href={scorecardData.readingHref}>how to score them and when one rating decides</AppLink>.
        </p>
        <div className="mt-6">
          <ScorecardActions fieldNames={sheets.flatMap(sheetFieldNames)} />
          <p className="no-js-only text-sm">
            Without JavaScript the page cannot add up the ratings or keep what you type (nothing here is ever sent, so
            no server does it either). Print it with your browser&apos;s Print command, one page per role, and add up the
            total by hand.
          </p>
        </div>
        <nav aria-label="Scorecards" className="mt-6 text-sm">
          Jump to:{" "}
          {sheets.map((sheet, i) => (
            <span key={sheet.role}>
              {i > 0 && " · "}
              <a className="text-accent underline underline-offset-2" href={`#${sheet.role}`}>{sheet.title}</a>
            </span>
          ))}
        </nav>
      </div>
      {sheets.map((sheet) => (
        <ScorecardSheet
          key={sheet.role}
          sheet={sheet}
          scale={scorecardData.scale}
          sourceName={sectionName(sheet.href, chapters, faqEntries)}
          candidateSheets={candidateSheets}
        />
      ))}
    </main>
  );
}
