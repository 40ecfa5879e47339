import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chapterIn, contentCopy, editChapter, runCheck, type CliRun } from "../support/check-cli";
import { removeTempDirs } from "../support/temp-dirs";

// An address on another site typed wrong (htps://, https;//, no https:// at all) was reported as "relative"
// with the hint to start internal links with /: the fix for a different slip. The real check, on a copy of
// the real chapters.
let root: string;
let run: CliRun;
const file = () => chapterIn(root, "the-two-roles");

beforeAll(async () => {
  root = contentCopy("guide-link-schemes-");
  const links = "See [a](htps://example.com/a), [b](https;//example.com/b), [c](www.example.com/c) and [d](https://example.com/d), [e](/glossary.mdx#saas).\n";
  // A query string is part of a working address (/search?q=…, a planner link); an empty () is no address at all.
  const more = "Try [f](/search?q=mlops), [g]() and [h](/vetting?from=roles#no-such-part).\n";
  editChapter(root, "the-two-roles", "\n## Why this hiring decision matters", `\n${links}\n${more}\n## Why this hiring decision matters`);
  run = await runCheck(["--root", root]);
}, 60_000);

afterAll(removeTempDirs);

it("says a mistyped or empty web address is not one, and how to write it, at its line and column; a query string is part of an address", () => {
  expect(run.code).toBe(1);
  const line = readFileSync(file(), "utf8").split("\n").findIndex((l) => l.startsWith("See [a](htps:")) + 1;
  const typo = "(write an address on another site as https://… (check the spelling of https and its ://), or a page of this guide as /vetting)";
  expect(run.stderr.split("\n").filter((l) => l.startsWith("content/"))).toEqual([
    `content/guides/the-two-roles.mdx:${line}:5  link "htps://example.com/a" does not start with https:// or /, so it opens nothing  ${typo}`,
    `content/guides/the-two-roles.mdx:${line}:32  link "https;//example.com/b" does not start with https:// or /, so it opens nothing  ${typo}`,
    `content/guides/the-two-roles.mdx:${line}:60  link "www.example.com/c" has no https:// in front, so it points at a page of this site  (write it as https://www.example.com/c)`,
    // A chapter's file name for its address: the check suggested /glossary.md, its Markdown version.
    `content/guides/the-two-roles.mdx:${line}:115  link to "/glossary.mdx", a file name: pages have no .mdx in their address  (link to /glossary#saas)`,
    `content/guides/the-two-roles.mdx:${line + 2}:27  this link has no address: nothing is written between ( and )  (write the address between the brackets, e.g. [text](/vetting), or remove the link)`,
    `content/guides/the-two-roles.mdx:${line + 2}:37  link to missing section "#no-such-part" on /vetting  (sections there: beyond-the-resume, architect-questions, managing-people, vetting-engineers, work-sample, architect-exercise and 5 more)`,
  ]);
});
