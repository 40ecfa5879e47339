import type { ReactNode } from "react";

/**
 * `<ArchitectQuestions />` and `<EngineerChecks />`: their content is generated from lib/data/vetting.ts at
 * compile time (lib/content/data-blocks.ts), so these only frame it. The scorecard reads the same data.
 */
export function ArchitectQuestions({ children }: { children?: ReactNode }) {
  return <div data-architect-questions>{children}</div>;
}

/** Frame for the engineer checks generated from lib/data/vetting.ts (see ArchitectQuestions). */
export function EngineerChecks({ children }: { children?: ReactNode }) {
  return <div data-engineer-checks>{children}</div>;
}
