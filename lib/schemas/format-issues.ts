import type { z } from "zod";

/**
 * Formats zod issues as one readable line each (`field.path: message`), never as raw JSON.
 * Used for data modules; chapters get file:line:col positions from lib/content/frontmatter.ts.
 */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `  ${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("\n");
}
