/**
 * The hiring tools as the site presents them (header, home page, search, link previews, chapter teasers).
 * Validated by lib/tools/catalog.ts at load; import that module, not this one.
 */
export const rawTools: unknown[] = [
  {
    id: "plan",
    title: "Plan your AI team",
    navTitle: "Team planner",
    description:
      "Answer six questions about your product and get a starting team, with a reason and a chapter link for each choice, and the team's yearly salary range.",
    teaser:
      "Answer six short questions and see a starting team, with a reason for each choice and the yearly salary range of that team.",
    action: "Plan your team",
    keywords: "planner questionnaire headcount fractional full-time agency budget cost team size",
  },
  {
    id: "scorecard",
    title: "Interview scorecard for AI Architects and Software Engineers",
    navTitle: "Interview scorecard",
    description:
      "Score each interview against the guide's five AI Architect questions and Software Engineer checks, then print it: each role starts on its own page.",
    teaser:
      "Rate candidates against these questions and checks on screen or on paper: notes stay in your browser, and each role prints on its own page (long notes run onto a second).",
    action: "Open the scorecard",
    keywords: "interview questions rating score print pdf notes candidate interviewer must-have recommendation",
  },
  {
    id: "job-descriptions",
    title: "Job description starters",
    navTitle: "Job descriptions",
    description:
      "Starting job descriptions for both roles, the AI Architect and the Software Engineer, built from the guide, to copy as plain text or Markdown.",
    teaser:
      "Start the job ad from the guide's own material: what each role owns, its skills and tools, ready to copy as text or Markdown.",
    action: "Get the job description starters",
    keywords: "job ad posting advert template hiring write responsibilities requirements copy markdown pay range location",
  },
];
