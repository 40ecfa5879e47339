/**
 * Raw FAQ entries, as authors write them. Validated by `faqEntrySchema` in lib/faq.ts at module load;
 * do not import this file anywhere else.
 */
export const rawFaqEntries: unknown[] = [
  {
    id: "what-is-the-difference",
    question: "How does an AI Architect really differ from an AI Engineer?",
    answer:
      "An AI Architect sets the AI strategy and architecture for the whole system and makes sure it supports the goals of the business. An AI Engineer works inside that framework, building the models and data pipelines the design calls for.",
    chapters: ["the-two-roles", "team-composition"],
  },
  {
    id: "how-to-interview-architects",
    question: "What is the best way to interview and assess AI Architects?",
    answer:
      "Ask candidates to tell you about real systems they have designed, including projects they saw through from start to finish. Probe how they kept stakeholders aligned along the way. Theoretical or academic answers are not enough, so keep pressing for concrete examples.",
    chapters: ["vetting"],
  },
  {
    id: "can-engineers-become-architects",
    question: "Can a senior Software Engineer move into an AI Architect role, and what training do they need?",
    answer:
      "Yes, but it takes substantial training in system architecture, working across disciplines, compliance and business strategy. The move calls for breadth across all of these areas, not just deeper coding skills.",
    chapters: ["team-composition", "why-you-need-both"],
  },
  {
    id: "are-fractional-architects-viable",
    question: "Is a fractional, part-time AI Architect a realistic option?",
    answer:
      "Yes, for work such as building a roadmap, choosing vendors or running a short-term project. For core systems that run continuously where regulation is heavy or failure is not an option, a dedicated architect is the better choice.",
    chapters: ["team-composition", "sourcing-and-cost"],
  },
  {
    id: "how-does-compensation-compare",
    question: "How does pay compare between the roles, including salary, equity, bonuses and retention?",
    answer:
      "AI Architects earn a higher base salary than Software Engineers. Either role may come with equity or a retention package. The details vary with location, the company's stage and the person's seniority.",
    chapters: ["sourcing-and-cost"],
  },
  {
    id: "where-do-architects-report",
    question: "Where does an AI Architect fit in the organization?",
    answer:
      "An AI Architect usually reports to the CTO or to the head of AI or engineering. Day to day, they partner closely with product, data science, compliance and security teams.",
    chapters: ["the-two-roles", "team-composition"],
  },
  {
    id: "internal-or-external",
    question: "Should we hire AI Architects internally or bring them in from outside?",
    answer:
      "When AI is a core capability of your business, an in-house architect is the best choice. For non-core work, legacy systems or experiments, outside or fractional help is the more cost-effective route.",
    chapters: ["sourcing-and-cost", "team-composition"],
  },
  {
    id: "risk-of-engineers-as-architects",
    question: "What can go wrong if we put engineers in architect roles?",
    answer:
      "An architect without enough experience can lead to expensive rework, a growing pile of technical debt and a slower path to market. Those costs can easily outweigh what you saved on salary.",
    chapters: ["why-you-need-both", "vetting"],
  },
  {
    id: "how-do-regulations-affect-hiring",
    question: "How does regulation change hiring for these roles?",
    answer:
      "When you work under compliance limits in finance or healthcare, or handle customer data, skilled and experienced architects become a requirement rather than a choice. The rules have to be designed into your systems, and that takes someone who has done it before.",
    chapters: ["trends-and-regulation"],
  },
  {
    id: "is-agency-hiring-faster",
    question: "Is hiring through an agency faster or safer than doing it yourself or using a general recruiter?",
    answer:
      "Yes. Agencies that specialize in AI vet candidates on the systems they have actually delivered and offer pre-screened talent from around the world. That lowers your hiring risk and can shorten the time to fill a role by weeks or months.",
    chapters: ["sourcing-and-cost"],
  },
];
