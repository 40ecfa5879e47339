/**
 * Job description starters (/job-descriptions), one per role, assembled from the guide's material in our
 * own words. Validated by lib/tools/job-descriptions.ts at load; import that module, not this one.
 * Each part names the chapter section it comes from (`href`, checked by `npm run check` at its line here).
 * "What we will look for" is read from lib/data/vetting.ts, so the ad asks for what the interview tests.
 * Square brackets mark what the reader replaces: `[Company]`, the reporting line, the stack, the pay (the salary
 * benchmarks are linked beside it, not copied in: a range depends on the region and the day), where and how.
 */

/** The same for every role: the pay, where and how the job is done, and a note for whoever posts the ad. */
const practicalParts = [
  {
    id: "pay",
    heading: "Pay",
    href: "/salaries",
    items: ["[Salary range for the role and location], with [equity, bonus or retention terms, if any]"],
  },
  {
    id: "terms",
    heading: "Where and how",
    href: "/sourcing-and-cost#remote-and-cross-border",
    items: ["Location: [city or region, and on site, hybrid or remote]", "Contract: [full time, part time or fixed term]", "How to apply: [link or address]"],
  },
  {
    id: "before-posting",
    heading: "Before you post",
    notInAd: true,
    href: "/sourcing-and-cost#pay-in-the-ad",
    items: [
      "In EU countries that have made the pay directive law, applicants get the starting pay or range before the interview and may not be asked what they earned before",
      "Some US states and cities require the pay range in the ad itself: check the rules of every place where the job may be done",
      "Replace every part in square brackets, and cut any tool you do not use",
    ],
  },
];

export const rawJobDescriptions: unknown[] = [
  {
    role: "ai-architect",
    title: "AI Architect",
    summary:
      "[Company] is hiring an AI Architect to set the direction of our AI systems: how they are designed, how they fit together and how they keep serving what the business needs. You will lead the design that our Software Engineers build on.",
    summaryHref: "/the-two-roles#what-each-role-owns",
    parts: [
      {
        id: "owns",
        heading: "What you will own",
        href: "/the-two-roles#what-each-role-owns",
        items: [
          "The AI strategy and architecture across the whole system",
          "The governance around it, so the solution holds together",
          "Keeping the design aligned with the goals of the business",
        ],
      },
      {
        id: "responsibilities",
        heading: "Day to day",
        href: "/the-two-roles#how-they-work-together",
        items: [
          "Set the technical direction and lead the major design decisions",
          "Draw up the blueprint the engineers build from, and stay involved as the product takes shape",
          "Make sure the system meets the rules that apply to us",
          "Bring stakeholders into agreement on the plan",
        ],
      },
      {
        id: "reporting",
        heading: "Who you will work with",
        href: "/faq#where-do-architects-report",
        items: [
          "You will report to [the CTO, or whoever heads AI or engineering]",
          "Your closest partners are the data science, product, security and compliance teams",
        ],
      },
      {
        id: "hard-skills",
        heading: "Hard skills",
        href: "/team-composition#skills",
        items: [
          "Machine learning frameworks and libraries",
          "MLOps, automation and CI/CD toolchains",
          "Secure data management and compliance with [the rules your data falls under, e.g. GDPR, HIPAA or finance rules]",
        ],
      },
      {
        id: "soft-skills",
        heading: "Soft skills",
        href: "/team-composition#skills",
        items: [
          "Explaining technical strategy clearly, including to people without a technical background",
          "Managing stakeholders and vendors",
          "Learning new things and adapting fast",
        ],
      },
      {
        id: "tools",
        heading: "Tools and stacks",
        href: "/tools-and-workflows#who-chooses-what",
        items: [
          "Foundations: microservices, distributed systems, compliance frameworks and MLOps",
          "Machine learning: [your frameworks, e.g. PyTorch or TensorFlow]",
          "Cloud machine learning: [your platform, e.g. AWS SageMaker]",
          "Pipelines: [your tools, e.g. Kubeflow or Airflow]",
          "Large language models, if you build on them: [your vendor and model, how data is retrieved, how answers are evaluated]",
        ],
      },
      {
        id: "titles",
        heading: "Other titles to search under; post one only if it fits",
        notInAd: true,
        href: "/the-two-roles#what-each-role-owns",
        items: ["Data Science Architect", "Chief AI Architect"],
      },
      ...practicalParts,
      {
        id: "look-for",
        heading: "What we will look for",
        href: "/vetting#architect-questions",
        intro: "We judge candidates on systems they have shipped, not on titles or degrees. In interviews, expect to walk us through real examples of:",
        fromVetting: "architect-questions",
      },
    ],
  },
  {
    role: "software-engineer",
    title: "Software Engineer",
    summary:
      "[Company] is hiring a Software Engineer to build, test, deploy and run the software around our AI systems, within the architecture our AI Architect designs. You will turn that design into features that work reliably every day.",
    summaryHref: "/the-two-roles#what-each-role-owns",
    parts: [
      {
        id: "owns",
        heading: "What you will own",
        href: "/the-two-roles#what-each-role-owns",
        items: [
          "Turning the architect's design into working code: you write it, test it, ship it and keep it running",
          "Working features and systems that stay reliable in daily use",
        ],
      },
      {
        id: "responsibilities",
        heading: "Day to day",
        href: "/the-two-roles#how-they-work-together",
        items: [
          "Build and test features, and refine the code until it performs well",
          "Keep systems reliable and look after their day-to-day operational health",
          "Connect models, APIs and data pipelines to the rest of the product",
          "Work with the architect and other specialists as one team",
        ],
      },
      {
        id: "hard-skills",
        heading: "Hard skills",
        href: "/team-composition#skills",
        items: [
          "MLOps, automation and CI/CD toolchains",
          "Handling data securely and within [the rules your data falls under, e.g. GDPR, HIPAA or finance rules]",
          "Bringing AI into a real application, not only writing clean core code",
        ],
      },
      {
        id: "soft-skills",
        heading: "Soft skills",
        href: "/trends-and-regulation#ai-augmented-teams",
        items: [
          "Adapting quickly as tools and practices change",
          "Learning continuously, rather than relying on what you knew when you were hired",
          "Reviewing AI-generated code with the same care as your own",
        ],
      },
      {
        id: "tools",
        heading: "Tools and stacks",
        href: "/tools-and-workflows#who-chooses-what",
        items: [
          "Languages: [your languages, e.g. Python, Java or C++]",
          "Web and backend frameworks: [yours, e.g. Django and React]",
          "Delivery: CI/CD, version control and MLOps",
          "AI stack: [what you use, e.g. PyTorch, TensorFlow, AWS SageMaker, Kubeflow or Airflow]",
          "Large language models, if you build on them: [your model's API, how data is retrieved, how answers are tested]",
        ],
      },
      {
        id: "titles",
        heading: "Other titles to search under; post one only if it fits",
        notInAd: true,
        href: "/the-two-roles#what-each-role-owns",
        items: ["Backend Engineer", "Full-Stack Developer"],
      },
      ...practicalParts,
      {
        id: "look-for",
        heading: "What we will look for",
        href: "/vetting#vetting-engineers",
        intro: "We judge candidates on software they have shipped, not on titles or degrees. We look for:",
        fromVetting: "engineer-checks",
      },
    ],
  },
];
