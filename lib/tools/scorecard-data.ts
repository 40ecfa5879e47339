import { rawScorecard } from "../data/scorecard";
import { parseData } from "../schemas/parse-data";
import { scorecardSchema, type ScorecardData } from "../schemas/scorecard";
import type { Vetting } from "../schemas/vetting";
import { vetting } from "../vetting";
import type { ScorecardSheet } from "./scorecard";

/** The scorecard's scale and sheets, validated once at module load. */
export const scorecardData: Readonly<ScorecardData> = parseData(scorecardSchema, rawScorecard, "lib/data/scorecard.ts (rawScorecard)");

/** The sheets with their items, read from the vetting material (the chapter's questions and checks, word for word). */
export function scorecardSheets(material: Vetting = vetting, data: ScorecardData = scorecardData): ScorecardSheet[] {
  return data.sheets.map((sheet) => ({
    role: sheet.role,
    title: sheet.title,
    href: sheet.href,
    items:
      sheet.items === "architect-questions"
        ? material.architectQuestions.map((q) => ({ id: q.id, title: q.topic, prompt: q.question, detail: q.strongAnswer }))
        : material.engineerChecks.map((c) => ({ id: c.id, title: c.title, prompt: c.text, ask: c.question, detail: c.strongAnswer })),
  }));
}
