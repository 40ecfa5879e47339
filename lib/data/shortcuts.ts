/**
 * Links the app's own pages hold as data: the header and footer navigation, the home page's "Jump to your
 * question" shortcuts and the contact page's checklist. `npm run check` checks every `href` here like a link in a chapter, so renaming
 * a pinned heading id cannot silently break them.
 */

/** Shortcut questions on the home page, each landing on the section that answers it. */
export const homeQuestions = [
  { text: "Do I need an AI Architect, or will a strong engineer do?", href: "/why-you-need-both#the-cost-of-the-wrong-hire" },
  { text: "What should I ask an AI Architect in the interview?", href: "/vetting#architect-questions" },
  { text: "What does each role cost in the US market?", href: "/sourcing-and-cost#market-benchmarks" },
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

/** Links in the site header (every page), in order. */
export const headerLinks = [
  { text: "Salaries", href: "/salaries" },
  { text: "FAQ", href: "/faq" },
  { text: "Contact", href: "/contact" },
] as const;

/** Links in the site footer (every page), in order. */
export const footerLinks = [
  { text: "Salary benchmarks", href: "/salaries" },
  { text: "FAQ", href: "/faq" },
  { text: "Search", href: "/search" },
  { text: "Contact", href: "/contact" },
  { text: "Privacy", href: "/privacy" },
] as const;
