/**
 * The vetting material, as editors write it: the five AI Architect interview questions (with what a strong
 * answer shows) and the practical checks for Software Engineers (each with a question that tests it and what a
 * strong answer shows). Validated by lib/vetting.ts at load;
 * import that module, not this one.
 *
 * ONE SOURCE: the vetting chapter (through <ArchitectQuestions /> and <EngineerChecks />), the interview
 * scorecard (/scorecard) and the job description starters (/job-descriptions) all read this file, so they
 * cannot disagree. IMPORTANT: `id`s name the fields of scorecards readers saved in their browser; never
 * change an id once published.
 */

export const rawVetting: unknown = {
  architectQuestions: [
    {
      id: "end-to-end-system",
      topic: "Designing an AI system from end to end",
      question:
        "Walk me through an AI system you designed from start to finish: its data, its model, how you deployed it and how you monitored it.",
      strongAnswer:
        "a full picture of a live system, from where the data came from to how its behavior was tracked after launch. If either end is missing, such as data quality or monitoring, the candidate may have owned only part of the work.",
    },
    {
      id: "ready-made-or-custom",
      topic: "Choosing between ready-made AI and a custom design",
      question: "How do you balance ready-made AI products with a custom design?",
      strongAnswer:
        "a clear way of weighing cost, speed, control and differentiation, and of combining the two where that serves the product, backed by real examples. Be cautious if the candidate always favors the same option.",
    },
    {
      id: "secure-scalable-maintainable",
      topic: "Keeping a system secure, scalable and maintainable",
      question: "How do you make sure a system is secure, can scale and stays easy to maintain?",
      strongAnswer:
        "concrete practices built in from the first design, not added later, and an honest account of where these goals pulled against each other.",
    },
    {
      id: "mlops-and-compliance",
      topic: "Putting MLOps in place and keeping it compliant",
      question: "Which MLOps tools have you put in place, and how did you keep that work compliant?",
      strongAnswer:
        "named tools used on real projects, such as Kubeflow, Airflow or AWS SageMaker (for LLM systems: versioned prompts, models and test sets, with checks before release and in use), plus the specific steps taken to meet regulatory requirements inside the pipeline.",
    },
    {
      id: "explaining-strategy",
      topic: "Explaining strategy to non-technical stakeholders",
      question: "How do you explain your technical strategy to stakeholders who do not have a technical background?",
      strongAnswer:
        "plain language tied to business outcomes. Ask the candidate to explain one of their designs as if you were a board member, and judge how clear it is.",
    },
  ],
  engineerChecks: [
    {
      id: "stack-depth",
      title: "Depth in the product's stack",
      text: "Test the languages and frameworks your product depends on. For a product with a heavy AI component, that usually means strong Python.",
      question: "Walk me through a hard problem you solved in the language or framework our product depends on: what made it hard, and what would you do differently now?",
      strongAnswer:
        "how the tools behave when things go wrong, not only how to use them, and choices the candidate can defend line by line. Be cautious if every example stays at the level of a tutorial.",
    },
    {
      id: "practical-delivery",
      title: "Proof of practical delivery",
      text: "Look for software that shipped and was used. Academic or course projects alone are not enough.",
      question: "Which software you worked on is in use today, what was your own part in it, and what broke after it shipped?",
      strongAnswer:
        "a product that real users relied on, the candidate's own share of the work told apart from the team's, and what they did when something failed in production.",
    },
    {
      id: "ai-integration",
      title: "AI integration skills",
      text: "Check that they can connect models, APIs and data pipelines to a real application, not only write clean core code.",
      question: "Tell me about a model or AI API you connected to an application: what did the product do when the model was slow, failed or gave a wrong answer?",
      strongAnswer:
        "concrete handling of those failures, such as time limits, retries, a fallback and checks on the output, and how they tested and watched the connection once it was live. Be cautious if the model only ever ran in a demo.",
    },
    {
      id: "secure-data",
      title: "Handling data securely",
      text: "When the product holds personal, financial or health data, check that they have built software that keeps such data safe and within rules such as GDPR or HIPAA.",
      question: "Tell me about code you wrote that handled personal or sensitive data: how did you limit who could see it, and how did you show that it met the rules?",
      strongAnswer:
        "specific steps, such as collecting only the data needed, encrypting it, limiting access, keeping it out of logs and deleting it on time, and who reviewed the work, such as a security or compliance team. Be cautious if they cannot name the rules that applied.",
    },
  ],
};
