import { rawPlanNotes } from "./plan-notes";

/**
 * The team planner's rules (/plan), as editors write them. The questions and labels are in lib/data/plan-questions.ts,
 * the notes in lib/data/plan-notes.ts; lib/tools/plan-rules.ts validates them together at load (import that module).
 *
 * How rules work: in `architect`, `engineers`, `agency` and `approach` the FIRST rule whose `when` matches
 * the answers decides, so order matters and the last rule of each list matches everything. Every matching
 * `notes` rule is shown. `seat` matches the architect seat chosen by the `architect` rules.
 * Every `reason` is one sentence in our own words, and every `href` is the chapter section that argues the
 * point (`npm run check` reports a broken one at its line here).
 * Headcounts are the planner's own rule of thumb: the guide gives no numbers, so the page says so.
 */
export const rawPlanRules: Record<string, unknown> = {
  architect: [
    {
      id: "architect-in-place",
      when: { team: ["architect"] },
      outcome: "in-place",
      reason: "Someone already owns your AI architecture, so spend on the people who build on their design.",
      href: "/the-two-roles#how-they-work-together",
    },
    {
      id: "architect-none-yet",
      when: { ai: ["exploring"], scope: ["one"], regulated: ["no"] },
      outcome: "none-yet",
      reason: "One exploratory project without regulated data is a case for buying a ready-made service before you hire an architect.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "architect-none-yet-buy",
      when: { ai: ["feature"], scope: ["one"], regulated: ["no"], team: ["none"] },
      outcome: "none-yet",
      reason: "One feature that does not set you apart, with no AI expertise in-house, is a case for buying a ready-made service, and an architect can wait until you build your own.",
      href: "/why-you-need-both#first-ai-hire",
    },
    {
      id: "architect-fractional-until-core-hire",
      when: { fulltime: ["no"], ai: ["core"] },
      outcome: "fractional",
      reason: "A core AI system deserves a dedicated architect, so let a fractional one set direction until a full-time hire is possible.",
      href: "/team-composition#fractional-architects",
    },
    {
      id: "architect-fractional-regulated",
      when: { fulltime: ["no"], regulated: ["yes"] },
      outcome: "fractional",
      reason: "Regulated data needs architecture skills now, and regulatory readiness is a classic job for a fractional architect.",
      href: "/team-composition#fractional-architects",
    },
    {
      id: "architect-fractional-not-feasible",
      when: { fulltime: ["no"] },
      outcome: "fractional",
      reason: "When a full-time architect is out of reach, a fractional one brings senior design judgment to your roadmap and biggest projects.",
      href: "/team-composition#fractional-architects",
    },
    {
      id: "architect-full-time-core",
      when: { ai: ["core"] },
      outcome: "full-time",
      reason: "When AI is core to your business, its architect belongs in-house: hire one of your own, full time.",
      href: "/faq#internal-or-external",
    },
    {
      id: "architect-fractional-exploring",
      when: { ai: ["exploring"] },
      outcome: "fractional",
      reason: "Exploratory work is where outside or fractional architecture support is cost-effective.",
      href: "/faq#internal-or-external",
    },
    {
      id: "architect-fractional-several-features",
      when: { scope: ["several"] },
      outcome: "fractional",
      reason: "Several features that scale together need one owner for how the systems fit; while AI is not core to your business, a fractional architect can be that owner, with a dedicated one once it becomes a core system.",
      href: "/faq#internal-or-external",
    },
    {
      id: "architect-fractional-regulated-feature",
      when: { regulated: ["yes"] },
      outcome: "fractional",
      reason: "Regulated data needs an architect's design from the start; for one feature that is not core, fractional help is cost-effective even if you could hire full time, with a dedicated architect once it becomes a core system.",
      href: "/faq#internal-or-external",
    },
    {
      id: "architect-fractional-single-feature",
      outcome: "fractional",
      reason: "A single AI feature is usually a short-term project with a clear scope, which suits a fractional or project-based architect even when you could hire full time.",
      href: "/faq#are-fractional-architects-viable",
    },
  ],
  engineers: [
    {
      id: "engineers-buy-first",
      seat: ["none-yet"],
      count: 1,
      reason: "While a ready-made service does the AI work, one engineer can connect it to your product.",
      href: "/team-composition#optimal-team",
    },
    {
      id: "engineers-exploring-one",
      when: { ai: ["exploring"], scope: ["one"] },
      count: 1,
      reason: "One engineer can build the pilot and connect it to your product.",
      href: "/the-two-roles#what-each-role-owns",
    },
    {
      id: "engineers-exploring-several",
      when: { ai: ["exploring"] },
      count: 2,
      reason: "Two engineers can run a few small experiments side by side and review each other's code.",
      href: "/the-two-roles#what-each-role-owns",
    },
    {
      id: "engineers-feature-one",
      when: { ai: ["feature"], scope: ["one"] },
      count: 2,
      reason: "Two engineers can build, test and run one AI feature and cover for each other.",
      href: "/the-two-roles#how-they-work-together",
    },
    {
      id: "engineers-feature-several",
      when: { ai: ["feature"] },
      count: 3,
      reason: "Features that scale together add shared integration work, so plan for a third engineer.",
      href: "/team-composition#optimal-team",
    },
    {
      id: "engineers-core-one",
      when: { scope: ["one"] },
      count: 3,
      reason: "An AI product needs engineers for the application, its integrations and its day-to-day reliability, so start with three.",
      href: "/team-composition#optimal-team",
    },
    {
      id: "engineers-core-several",
      count: 4,
      reason: "Several core initiatives multiply the integration and operations work, so four engineers is a modest start.",
      href: "/team-composition#optimal-team",
    },
  ],
  agency: [
    {
      id: "agency-urgent",
      when: { timeline: ["urgent"] },
      fits: true,
      reason: "Specialist AI agencies, this guide's publisher among them, say they fill roles sooner than generalist recruiters, which matters on a tight timeline.",
      href: "/sourcing-and-cost#specialist-agencies",
    },
    {
      id: "agency-no-team",
      when: { team: ["none"] },
      fits: true,
      reason: "With nobody in-house to judge candidates, ask any agency how it vets them, and prefer one that checks shipped systems over one that matches CVs.",
      href: "/sourcing-and-cost#specialist-agencies",
    },
    {
      id: "agency-architect-hire",
      seat: ["full-time"],
      fits: true,
      reason: "Specialist agencies say their edge is greatest when you hire an architect, a role that is in short supply.",
      href: "/sourcing-and-cost#specialist-agencies",
    },
    {
      id: "agency-optional",
      fits: false,
      reason: "With time for a full search and people to run it, your own process can work if you vet on delivery rather than titles.",
      href: "/vetting#beyond-the-resume",
    },
  ],
  approach: [
    {
      id: "approach-build-core-fractional",
      when: { ai: ["core"] },
      seat: ["fractional"],
      outcome: "build",
      reason: "AI is what sets you apart, so invest in your own in-house capability: engineers you employ now, with the fractional architect setting direction until you can hire an architect of your own.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "approach-build-core",
      when: { ai: ["core"] },
      outcome: "build",
      reason: "AI is what sets you apart, so invest in your own in-house capability.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "approach-build-regulated-pilot",
      when: { ai: ["exploring"], regulated: ["yes"] },
      seat: ["fractional"],
      outcome: "build",
      reason: "Tight regulatory needs are a reason to build in-house, so build the pilot with engineers you employ, and let the fractional architect set its design while it is still an experiment.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "approach-build-regulated-fractional",
      when: { regulated: ["yes"] },
      seat: ["fractional"],
      outcome: "build",
      reason: "Tight regulatory needs are a reason to build in-house, so the engineers who build and run the system should be your own, with the fractional architect setting its design.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "approach-build-regulated",
      when: { regulated: ["yes"] },
      outcome: "build",
      reason: "Tight regulatory needs are a reason to build the capability in-house.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "approach-buy-exploring-guided",
      when: { ai: ["exploring"] },
      seat: ["fractional"],
      outcome: "buy",
      reason: "As long as AI does not set you apart, SaaS products or APIs let you learn before you build, and the fractional architect can judge which ones fit and how they join your product.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "approach-buy-exploring",
      when: { ai: ["exploring"] },
      outcome: "buy",
      reason: "As long as AI does not set you apart, a SaaS product or an API lets you learn before you build.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "approach-buy-no-team",
      when: { team: ["none"], scope: ["one"] },
      outcome: "buy",
      reason: "Without in-house expertise, and for one feature that does not set you apart, buying a ready-made service fits.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "approach-hire-beside-architect",
      seat: ["full-time", "in-place"],
      outcome: "hire",
      reason: "Your AI is a feature rather than what sets you apart, with no regulated data: beside your architect, hire engineers for each project's integration work rather than a permanent AI team.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
    {
      id: "approach-hire",
      outcome: "hire",
      reason: "Your AI is a feature rather than what sets you apart, with no regulated data, so you need people to deliver its integration work more than a capability of your own: hire architects or engineers for the project.",
      href: "/sourcing-and-cost#build-buy-or-hire",
    },
  ],
  notes: rawPlanNotes,
};
