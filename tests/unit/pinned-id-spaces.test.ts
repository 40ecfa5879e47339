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

// A fence of four backticks showing a fence of three: the inner ``` had closed the code, so a `## … {#id}` line
// of the example after it was rewritten into the code the reader sees.
it("leaves a pinned id alone inside a code example that itself shows a fence", async () => {
  const example = ["````md", "```", "## Pay {#pay}", "```", "````"];
  const source = `## Writing ids\n\n${example.join("\n")}\n\n**Next step:** [ask us](/consultation).\n`;
  const compiled = await compileChapterSource("content/guides/fences.mdx", source);
  expect(compiled.problems).toEqual([]);
  expect(compiled.analysis!.headings.map(({ id }) => id)).toEqual(["writing-ids"]);
  expect(compiled.code).toContain("## Pay {#pay}");
});
