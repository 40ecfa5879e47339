import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chapterIn, contentCopy, editChapter, runCheck, type CliRun } from "../support/check-cli";
import { removeTempDirs } from "../support/temp-dirs";

// A pinned id written without its # (`## What each role owns {what-each-role-owns}`) was reported as a
// "JavaScript expression", with a hint about escaping braces, plus one "missing section" line for every
// link to the id (ten in all). Now: one line that says what is missing. The real check, on a copy.
let root: string;
let run: CliRun;
const file = () => chapterIn(root, "the-two-roles");

beforeAll(async () => {
  root = contentCopy("guide-pinned-id-hash-");
  editChapter(root, "the-two-roles", "{#what-each-role-owns}", "{what-each-role-owns}");
  run = await runCheck(["--root", root]);
}, 60_000);

afterAll(removeTempDirs);

it("says the pinned id lacks its #, once, at the id", () => {
  expect(run.code).toBe(1);
  const line = readFileSync(file(), "utf8").split("\n").findIndex((l) => l.includes("{what-each-role-owns}")) + 1;
  expect(run.stderr.split("\n").filter((l) => /^(content|lib)\//.test(l))).toEqual([
    `content/guides/the-two-roles.mdx:${line}:24  {what-each-role-owns} after a heading is not a pinned id: it lacks its #  (write the pinned id as {#what-each-role-owns})`,
  ]);
});
