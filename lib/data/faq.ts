/**
 * Raw FAQ entries, as authors write them. Validated by `faqEntrySchema` in lib/faq.ts at module load;
 * do not import this file anywhere else. `more` is the section that goes deeper ("Read more" under the
 * answer); `npm run check` reports it at its line here if that page or section does not exist.
 */
export const rawFaqEntries: unknown[] = [
  {
    id: "what-is-the-difference",
    question: "How is an AI Architect different from an AI Engineer?",
    answer:
      "An AI Architect sets the AI strategy and design for the whole system, tied to business goals. An AI Engineer builds the models and data pipelines within it: the AI/ML Engineer in the optimal team (Team composition). This guide compares the architect with a third role, the Software Engineer, who builds the apps around the models and makes sure the parts connect. On job boards, \"AI Engineer\" often means someone who builds features on a large language model (LLM) vendor's API: in this guide's terms, a Software Engineer whose strength is AI integration, so use the engineer checks in Vetting candidates.",
    chapters: ["the-two-roles", "team-composition"],
    more: "/team-composition#optimal-team",
  },
  {
    id: "how-to-interview-architects",
    question: "How should I interview and check an AI Architect?",
    answer:
      "Have them walk you through a system they designed and saw through, from the first plan to running in production. Ask how they got the people around it to agree. When an answer stays general or sounds like a textbook, ask for the real case behind it.",
    chapters: ["vetting"],
    more: "/vetting#architect-questions",
  },
  {
    id: "can-engineers-become-architects",
    question: "Can a senior Software Engineer become an AI Architect, and what training do they need?",
    answer:
      "Yes, with a lot of training. They rarely lack coding depth. What they need is a wider view: how to design whole systems, work with other fields, handle compliance and think about business strategy.",
    chapters: ["team-composition", "why-you-need-both"],
    more: "/team-composition#upskilling",
  },
  {
    id: "are-fractional-architects-viable",
    question: "Is a fractional (part-time) AI Architect a good option?",
    answer:
      "Often, yes. A part-time architect suits a roadmap, a choice of vendors or a short project. For core systems that run all the time in a heavily regulated or mission-critical setting, an architect of your own is the better fit.",
    chapters: ["team-composition", "sourcing-and-cost"],
    more: "/team-composition#fractional-architects",
  },
  {
    id: "how-does-compensation-compare",
    question: "How does pay compare between the roles: salary, equity, bonuses and retention?",
    answer:
      "AI Architects get a higher base pay than Software Engineers. Beyond base pay, both roles may be offered equity or a retention package. What they get depends on location, the company's stage and the person's seniority. The guide's benchmarks say nothing about bonuses, so ask each candidate what they expect.",
    chapters: ["sourcing-and-cost"],
    more: "/sourcing-and-cost#market-benchmarks",
  },
  {
    id: "where-do-architects-report",
    question: "Where does an AI Architect sit in the company?",
    answer:
      "Often they report to the CTO, or to the head of AI or engineering. They work closely with product, data science, compliance and security.",
    chapters: ["the-two-roles", "team-composition"],
    more: "/the-two-roles#reporting-line",
  },
  {
    id: "internal-or-external",
    question: "Should AI Architects be in-house hires or outside help?",
    answer:
      "Hire in-house when AI is central to your business. When it is not, and for older systems or experiments, outside or fractional help usually costs less for what you get.",
    chapters: ["sourcing-and-cost", "team-composition"],
    more: "/team-composition#fractional-architects",
  },
  {
    id: "risk-of-engineers-as-architects",
    question: "What can go wrong if I hire an engineer as my architect?",
    answer:
      "What you save on salary can cost you more later. Someone not yet ready for the architect's job can cause costly work to be redone, more technical debt and a later launch.",
    chapters: ["why-you-need-both", "vetting"],
    more: "/why-you-need-both#the-cost-of-the-wrong-hire",
  },
  {
    id: "how-do-regulations-affect-hiring",
    question: "How do regulations change hiring for these roles?",
    answer:
      "If you work under compliance rules in finance or healthcare, or privacy rules cover the customer data you hold, you cannot do without a skilled, experienced architect: no law names the role, but the design is where your systems meet those rules.",
    chapters: ["trends-and-regulation"],
    more: "/trends-and-regulation#compliance",
  },
  {
    id: "is-agency-hiring-faster",
    question: "Is hiring through an agency faster or safer than doing it yourself or using a general recruiter?",
    answer:
      "Both, in the view of AI People Agency, which publishes this guide and is one such agency: agencies that focus on AI check candidates on the systems those candidates have delivered, and offer talent from around the world that is already screened. That lowers your hiring risk and cuts weeks or months from the time it takes to fill a role. Weigh this answer with its source in mind.",
    chapters: ["sourcing-and-cost"],
    more: "/sourcing-and-cost#specialist-agencies",
  },
];
