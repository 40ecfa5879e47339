import type { z } from "zod";

/** How a value of each type is written in a data file, for "write … here". */
const written: Record<string, string> = {
  string: "text in quotes",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list in [ ]",
  object: "an entry in { }",
};

/**
 * One zod issue in words an editor of lib/data/ can act on: "is missing (write text in quotes here)" rather
 * than zod's "Invalid input: expected string, received undefined". Rules of our own (refine messages) and
 * anything not listed here keep their message.
 */
export function issueText(issue: z.core.$ZodIssue): string {
  const message = issue.message;
  const type = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (type) {
    const [, expected, received] = type;
    const how = written[expected] ?? expected;
    return received === "undefined" ? `is missing (write ${how} here)` : `must be ${how} (it is ${received === "string" ? "text" : received === "number" ? "a number" : received} now${received === "string" && (expected === "number" || expected === "int") ? ": remove the quotes" : ""})`;
  }
  const size = /^Too (big|small): expected (string|array) to have ([<>]=?)(\d+) (characters|items)$/.exec(message);
  if (size?.[1] === "small" && size[4] === "1") return "is empty";
  if (size) return `${size[1] === "big" ? "is longer than" : "is shorter than"} ${size[4]} ${size[5]}`;
  const option = /^Invalid option: expected one of (.+)$/.exec(message);
  if (option) return `must be one of ${option[1].split("|").join(", ")}`;
  if (issue.code === "unrecognized_keys") return `has a field this data does not have: ${issue.keys.join(", ")} (check its spelling)`;
  return message;
}

/**
 * The issues worth telling: zod still measures a value of the wrong type (a list is "shorter than 10
 * characters", chapters: "vetting" is "longer than 3 characters"), so a field whose type is wrong keeps only
 * that one, which is the slip.
 */
export function withoutTypeEchoes<Issue extends z.core.$ZodIssue>(issues: readonly Issue[]): Issue[] {
  const mistyped = new Set(issues.filter((issue) => issue.code === "invalid_type").map((issue) => issue.path.join(".")));
  return issues.filter((issue) => issue.code === "invalid_type" || !mistyped.has(issue.path.join(".")));
}
