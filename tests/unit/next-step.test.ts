import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chapterIn, contentCopy, contentProblems, runCheck, type CliRun } from "../support/check-cli";
import { removeTempDirs } from "../support/temp-dirs";

// "End every chapter with one short next step line, linking forward" (CONTRIBUTING.md), checked by the content
// pipeline (lib/content/next-step.ts), so `npm run check`, `next build` and `npm run dev` all report it. An
// editor's slips at the end of real chapters, in a copy of the content, each caught at its line by the real check.
let root: string;
let run: CliRun;
const guide = (slug: string) => chapterIn(root, slug);
/** 1-based line of the first line holding `text` in a chapter of the copy. */
const lineOf = (slug: string, text: string) => readFileSync(guide(slug), "utf8").split("\n").findIndex((line) => line.includes(text)) + 1;

/** Replaces the chapter's last line (its Next step line) with `ending`. */
function endWith(slug: string, ending: string) {
  const lines = readFileSync(guide(slug), "utf8").trimEnd().split("\n");
  expect(lines.at(-1), `${slug} ends with its Next step line`).toMatch(/^\*\*Next step:\*\* /);
  writeFileSync(guide(slug), [...lines.slice(0, -1), ending, ""].join("\n"));
}

beforeAll(async () => {
  root = contentCopy("guide-next-step-");
  endWith("the-two-roles", "That is all for this chapter.");
  endWith("vetting", "**Next step:** go back to [the two roles](/the-two-roles).");
  endWith("faq", "## What to do next\n\n- Read [the glossary](/glossary)\n- Ask for [a consultation](/consultation)");
  endWith("why-you-need-both", "**Next step:** see [who chooses which tools](/tools-and-workflows).\n\nOr ask us.");
  endWith("glossary", "**Next step:** read the guide again from the start.");
  endWith("tools-and-workflows", `**Next step:** [build the team](/team-composition) ${"that will use these tools ".repeat(6).trim()}.`);
  // A note to editors after the line shows nothing on the page, so it is fine.
  endWith("team-composition", `${readFileSync(guide("team-composition"), "utf8").trimEnd().split("\n").at(-1)}\n\n{/* Keep this line short. */}`);
  run = await runCheck(["--root", root]);
}, 60_000);

afterAll(removeTempDirs);

it("reports every chapter that does not end with one short Next step line linking forward, at its line, with a fix", () => {
  expect(run.code).toBe(1);
  const problems = contentProblems(run);
  const example = "**Next step:** [request a confidential consultation](/consultation) about the role.";
  expect(problems).toEqual([
    `content/guides/faq.mdx:${lineOf("faq", "## What to do next")}:1  a "What to do next" section ends the chapter the long way  (end the chapter with one short line instead, e.g. ${example})`,
    `content/guides/faq.mdx:${lineOf("faq", "- Read [the glossary]")}:1  the chapter does not end with a **Next step:** line  (end it with one short line that links forward, e.g. ${example})`,
    `content/guides/glossary.mdx:${lineOf("glossary", "read the guide again")}:1  the **Next step:** line links to no page of the guide  (link forward to a later chapter or a page such as /contact, e.g. ${example})`,
    `content/guides/the-two-roles.mdx:${lineOf("the-two-roles", "That is all")}:1  the chapter does not end with a **Next step:** line  (end it with one short line that links forward, e.g. ${example})`,
    `content/guides/tools-and-workflows.mdx:${lineOf("tools-and-workflows", "**Next step:**")}:1  the **Next step:** line has 35 words, more than 30  (keep it to one short sentence with its link forward; the chapter above already says the rest)`,
    `content/guides/vetting.mdx:${lineOf("vetting", "**Next step:**")}:1  the **Next step:** line links back to /the-two-roles (order 1; this chapter is order 5)  (link forward: to a chapter with a higher order, or to a page such as /contact; readers have already read this one)`,
    `content/guides/why-you-need-both.mdx:${lineOf("why-you-need-both", "Or ask us.")}:1  the chapter goes on after its **Next step:** line (line ${lineOf("why-you-need-both", "**Next step:**")})  (make the **Next step:** line the last thing in the chapter: move this part above it, or remove it)`,
  ]);
});

it("passes the real chapters, whose Next step lines all link forward", async () => {
  const real = await runCheck([]);
  expect(real.code).toBe(0);
});
