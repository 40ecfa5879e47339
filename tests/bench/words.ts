/**
 * Word lists for the generated benchmark chapters (tests/bench/generate.ts). Many short lists combined
 * by a seeded random generator give prose that varies like real writing does, so a generated chapter
 * gzips about as well as a real one (a repeated sentence would gzip unrealistically well). The content is
 * filler: it names no statistic, salary or fact, and is never published.
 */

export const topics = [
  "onboarding", "code review", "model monitoring", "data contracts", "interview loops", "vendor selection",
  "incident response", "retrieval pipelines", "evaluation suites", "cost controls", "privacy reviews",
  "team rituals", "platform migration", "prompt management", "feature stores", "release planning",
  "access control", "labeling workflows", "capacity planning", "stakeholder updates", "model governance",
  "latency budgets", "fine-tuning runs", "observability", "budget approval", "succession planning",
  "knowledge sharing", "risk registers", "pilot projects", "performance reviews", "compensation talks",
  "reference checks", "take-home exercises", "pair programming", "architecture reviews", "roadmaps",
] as const;

export const adjectives = [
  "practical", "lean", "early", "steady", "hybrid", "remote", "seasoned", "careful", "regulated", "fast",
  "distributed", "first", "quiet", "measurable", "honest", "small", "growing", "mature", "shared", "focused",
] as const;

export const audiences = [
  "founders", "CTOs", "hiring managers", "product leads", "engineering managers", "recruiters",
  "data leads", "board members", "operations teams", "finance partners", "security officers", "tech leads",
] as const;

export const roles = [
  "the architect", "a senior engineer", "the new hire", "the platform team", "a contractor", "the data team",
  "an interviewer", "the hiring panel", "a fractional lead", "the product owner", "each candidate", "the team",
] as const;

export const verbs = [
  "document", "review", "measure", "simplify", "own", "question", "sketch", "prioritise", "automate",
  "explain", "test", "budget for", "defend", "revisit", "retire", "stage", "pilot", "hand over",
] as const;

export const objects = [
  "the deployment plan", "a rollback path", "the evaluation data", "every open risk", "the first milestone",
  "the interview rubric", "a written design", "the monitoring dashboard", "the vendor contract",
  "a cost estimate", "the data lineage", "a security checklist", "the support rota", "the backlog",
  "an exit criterion", "the shared glossary", "a decision log", "the service boundaries", "the test harness",
] as const;

export const outcomes = [
  "so nobody is surprised at launch", "before the budget is fixed", "while the scope is still small",
  "so the next hire can pick it up", "because memory fades quickly", "so trade-offs stay visible",
  "before a customer notices", "so reviews stay short", "while the context is fresh",
  "so the board sees progress", "before anyone writes code", "so the quarter ends calmly",
] as const;

export const openers = [
  "In practice,", "Most teams find that", "A useful habit:", "Over time,", "On a small team,",
  "When in doubt,", "Early on,", "As a rule,", "Before hiring,", "After the first month,", "Quite often,",
  "For regulated products,", "Where budgets are tight,", "Once the pilot ships,",
] as const;

export const observations = [
  "the hardest part is agreeing on what done means",
  "a short written note beats a long meeting",
  "people copy whatever the first project did",
  "unclear ownership costs more than any tool",
  "the cheapest fix is the one made during design",
  "candidates reveal more when asked about failures",
  "small pilots expose gaps that plans hide",
  "a shared vocabulary shortens every discussion",
  "vague goals turn into endless rework",
  "teams trust numbers they can reproduce",
  "handovers fail when the reasons are not written down",
  "interviews drift unless someone keeps time",
  "the loudest opinion is rarely the best evidence",
  "good questions matter more than clever answers",
] as const;

export const headingTemplates = [
  "How {role} should {verb} {object}",
  "Why {topic} needs an owner",
  "{Adjective} {topic} for {audience}",
  "What to ask about {topic}",
  "When to {verb} {object}",
  "Common mistakes with {topic}",
  "A {adjective} checklist for {topic}",
  "Who owns {topic} after launch",
  "Signals that {topic} is working",
  "Budgeting time for {topic}",
  "Questions {audience} ask about {topic}",
  "Making {topic} part of the routine",
] as const;

export const linkPhrases = ["see", "compare with", "read more in", "this builds on", "for the background, see", "related:"] as const;

export const listLeads = [
  "Keep these points in view:", "A short list to start from:", "What to look for:", "Before the next review:",
  "Three things to settle:", "Signs you are on track:",
] as const;
