import { expect, it } from "vitest";
import { compileChapterSource } from "@/lib/content/compile";

// `## Title { #id }`, the pinned id with a space inside its braces, was an "MDX syntax error: Could not parse
// expression with acorn", with a hint about escaping braces. It is the id the editor meant.
it("reads a pinned id with spaces inside its braces as the pinned id", async () => {
  const source = "## Pay at a glance { #pay }\n\nText.\n\n## What it costs {#costs\t}\n\nMore text.\n\n**Next step:** [ask us](/consultation).\n";
  const compiled = await compileChapterSource("content/guides/spaces.mdx", source);
  expect(compiled.problems).toEqual([]);
  expect(compiled.analysis!.headings.map(({ id, title }) => [id, title])).toEqual([
    ["pay", "Pay at a glance"],
    ["costs", "What it costs"],
  ]);
});
