/**
 * The interview scorecard (/scorecard): its rating scale and one sheet per role. The items themselves
 * come from lib/data/vetting.ts, so the scorecard and the vetting chapter cannot disagree. Validated by
 * lib/tools/scorecard-data.ts at load; import that module, not this one.
 * The scale is this site's own (the guide has none); each meaning restates what the vetting chapter asks
 * interviewers to listen for: real examples, the reasoning behind them, and the candidate's own part.
 */
export const rawScorecard: unknown = {
  scale: [
    { value: 1, label: "No evidence", meaning: "No real example: theory, titles or other people's work." },
    { value: 2, label: "Some evidence", meaning: "A real example, but thin on detail or on their own part in it." },
    { value: 3, label: "Good evidence", meaning: "Shipped work, explained clearly, with the reasons behind it." },
    { value: 4, label: "Strong evidence", meaning: "Shipped work in depth: trade-offs, results, what they would change." },
  ],
  sheets: [
    { role: "ai-architect", title: "AI Architect interview", items: "architect-questions", href: "/vetting#architect-questions" },
    { role: "software-engineer", title: "Software Engineer interview", items: "engineer-checks", href: "/vetting#vetting-engineers" },
  ],
  readingHref: "/vetting#work-sample",
};
