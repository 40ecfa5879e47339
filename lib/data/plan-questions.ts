/**
 * The team planner's questions (/plan) and the words its answer shows, as editors write them. The rules
 * are in lib/data/plan-rules.ts; lib/tools/plan-rules.ts validates both together at load.
 * IMPORTANT: question ids and answer values are in URLs readers have shared; never rename one once published.
 */
export const rawPlanQuestions: Record<string, unknown> = {
  questions: [
    {
      id: "ai",
      label: "How central is AI to your product?",
      hint: "Core means AI is what you sell or what sets you apart; features means the product works without it.",
      options: [
        { value: "core", label: "AI is the core of the product" },
        { value: "feature", label: "AI features added to an existing product" },
        { value: "exploring", label: "We are exploring: a pilot or first experiment" },
      ],
    },
    {
      id: "scope",
      label: "How many AI initiatives are you planning?",
      hint: "Initiatives that share data, models or users have to scale together, under one design.",
      options: [
        { value: "one", label: "One initiative" },
        { value: "several", label: "Several that must scale together" },
      ],
    },
    {
      id: "regulated",
      label: "Does the work involve regulated data?",
      hint: "For example customers' personal data under GDPR or a US state's privacy law, health information under HIPAA, or financial data under finance rules.",
      options: [
        { value: "yes", label: "Yes" },
        { value: "no", label: "No" },
      ],
    },
    {
      id: "timeline",
      label: "When do you need someone working on it?",
      hint: "A tight deadline leaves little time for a long search of your own.",
      options: [
        { value: "urgent", label: "Urgently, within weeks" },
        { value: "planned", label: "We have time for a full search" },
      ],
    },
    {
      id: "team",
      label: "Who is on your team today?",
      hint: "Count people on staff or on long-term contracts.",
      options: [
        { value: "none", label: "No engineers yet" },
        { value: "engineers", label: "Engineers, but nobody owns the AI architecture" },
        { value: "architect", label: "Someone already owns the AI architecture" },
      ],
    },
    {
      id: "fulltime",
      label: "Could you hire a full-time AI Architect now?",
      hint: "Think of the budget and whether there is enough design work for a full-time role.",
      band: "ai-architect",
      options: [
        { value: "yes", label: "Yes" },
        { value: "no", label: "No, not yet" },
      ],
    },
  ],

  labels: {
    seat: {
      "full-time": "A full-time AI Architect",
      fractional: "A fractional (part-time) AI Architect",
      "none-yet": "No AI Architect hire yet",
      "in-place": "Keep the architect you have",
    },
    approach: {
      build: "Build the capability in-house",
      buy: "Buy a ready-made service first",
      hire: "Hire people for the project",
    },
    agency: { fits: "A specialist agency fits", optional: "An agency is optional" },
    headcount:
      "The guide gives no headcounts: the number of engineers is this planner's rule of thumb, explained with it.",
    fractionalCost:
      "The guide gives no rate for fractional architects, so that cost is not in the range: ask providers for a quote.",
    offshoreCost: "The guide gives no figures for offshore or nearshore pay, so the range is for the bands above only.",
    salariesOnly:
      "This is the pay in the bands above and nothing else: employer costs on top of it (payroll taxes, benefits, equipment), recruiting or agency fees, and any fractional help while you search are not included.",
  },
};
