/**
 * Links the app's own pages hold as data: the header and footer navigation, the home page's answer to the
 * first question and its "Jump to your question" shortcuts, and the contact page's checklist. `npm run check`
 * checks every `href` here like a link in a chapter, so renaming a pinned heading id cannot silently break them.
 */

/**
 * The first question a reader has, answered in three sentences on the home page. The first chapter opens
 * with the same three sentences (its KeyTakeaway); a unit test keeps the two in step.
 * Beside the first chapter, the home page links the team planner, which answers the question for the
 * reader's own situation.
 */
export const firstQuestion = {
  question: "Do I need an AI Architect at all?",
  answer: [
    "Yes, if AI is core to your business, or if you work under strict rules on finance, health or customer data; a fractional architect can lead the design until you can hire one full time, or for work outside your core.",
    "Otherwise, if AI is not what sets you apart and you lack the expertise in-house, you can buy a SaaS product or an API, or rent a fractional architect for a roadmap or a short project.",
    "What you should not do is hand the architect's job to an engineer who has not trained for it, because that can end in a costly redesign later.",
  ],
  href: "/the-two-roles",
  linkText: "Read the first chapter",
  planner: { text: "answer six questions in the team planner", href: "/plan" },
} as const;

/** Shortcut questions on the home page, each landing on the section that answers it. */
export const homeQuestions = [
  { text: "Can a strong engineer do the architect's job?", href: "/why-you-need-both#the-cost-of-the-wrong-hire" },
  { text: "What should I ask an AI Architect in the interview?", href: "/vetting#architect-questions" },
  { text: "What does each role cost?", href: "/sourcing-and-cost#market-benchmarks" },
  { text: "Can a fractional architect cover us for now?", href: "/team-composition#fractional-architects" },
] as const;

/** What to bring to a consultation, on the contact page. */
export const consultationChecklist = [
  { text: "Which role you think you need, and why", href: "/the-two-roles" },
  { text: "Whether AI is core to your business: build, buy or hire", href: "/sourcing-and-cost#build-buy-or-hire" },
  { text: "The regulations you work under (GDPR, HIPAA, finance rules)", href: "/trends-and-regulation#compliance" },
  { text: "The team you already have, and its gaps", href: "/team-composition#optimal-team" },
  { text: "Whether a fractional or project-based architect could fit", href: "/team-composition#fractional-architects" },
] as const;

/** Links in the site header (every page), in order. An entry with `links` is a small menu (the hiring tools). */
export const headerLinks = [
  { text: "Contents", href: "/#chapters" },
  {
    text: "Tools",
    links: [
      { text: "Team planner", href: "/plan" },
      { text: "Interview scorecard", href: "/scorecard" },
      { text: "Job descriptions", href: "/job-descriptions" },
    ],
  },
  { text: "Salaries", href: "/salaries" },
  { text: "FAQ", href: "/faq" },
  { text: "Contact", href: "/contact" },
] as const;

/** Where /salaries sends readers next: the chapter on sourcing each role. */
export const salariesNextStep = [{ text: "Sourcing and cost", href: "/sourcing-and-cost" }] as const;

/** Links in the site footer (every page), in order. */
export const footerLinks = [
  { text: "Salary benchmarks", href: "/salaries" },
  { text: "FAQ", href: "/faq" },
  { text: "Search", href: "/search" },
  { text: "Contact", href: "/contact" },
  { text: "Privacy", href: "/privacy" },
] as const;
