/**
 * The team planner's notes (/plan), as editors write them: every note whose `when` (and `seat`, the architect
 * seat the rules chose) matches the answers is shown under the plan. The rules that decide are in
 * lib/data/plan-rules.ts, which explains `when`, `seat`, `reason` and `href`.
 */
export const rawPlanNotes: unknown[] = [
  {
    id: "note-search-gap",
    when: { timeline: ["urgent"] },
    seat: ["full-time"],
    reason: "While you search for the architect, a fractional one can set direction so the work does not wait.",
    href: "/team-composition#fractional-architects",
  },
  {
    id: "note-first-hire",
    when: { team: ["none"] },
    reason: "Your first AI hire will help judge every later one, so hire someone who can, and bring an outside assessor onto the panel until then.",
    href: "/why-you-need-both#first-ai-hire",
  },
  {
    id: "note-architect-first",
    when: { team: ["none"] },
    seat: ["full-time", "fractional"],
    reason: "The cost below is the team once it is complete, not all hired at once: bring the architect in first and let the engineers join as the design settles.",
    href: "/why-you-need-both#architecture-first",
  },
  {
    id: "note-scope-fractional",
    seat: ["fractional"],
    reason: "Agree in writing what the fractional architect delivers and hands over, so your team can carry the work on without them.",
    href: "/team-composition#scoping-fractional",
  },
  {
    id: "note-count-existing",
    when: { team: ["engineers", "architect"] },
    reason: "Count any engineers you already employ toward this team and hire only the gap.",
    href: "/team-composition#optimal-team",
  },
  {
    id: "note-upskilling",
    when: { team: ["engineers"] },
    seat: ["full-time", "fractional", "none-yet"],
    reason: "Training your engineers alone can leave the architect's skills missing, and that hurts most under strict rules or in large, business-critical systems.",
    href: "/team-composition#upskilling",
  },
  {
    id: "note-compliance",
    when: { regulated: ["yes"] },
    reason: "Ask every candidate which regulations they have worked under and how that changed their designs.",
    href: "/trends-and-regulation#compliance",
  },
  {
    // A founder adding an LLM feature read "Build the capability in-house" as "host or train a model of our own".
    id: "note-bought-model",
    when: { regulated: ["yes"], ai: ["feature", "exploring"] },
    reason: "Building in-house need not mean a model of your own: one bought through an API can sit inside the system, once the architect has decided what data may reach its vendor and on what contract.",
    href: "/sourcing-and-cost#build-buy-or-hire",
  },
  {
    id: "note-other-roles",
    reason: "A full AI team also has AI/ML Engineers and Data Scientists, which this plan leaves out because the guide gives no pay for them.",
    href: "/team-composition#optimal-team",
  },
];
