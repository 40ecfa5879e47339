import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCheck, type CliRun } from "../support/check-cli";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

// A pinned id written without its # (`## What each role owns {what-each-role-owns}`) was reported as a
// "JavaScript expression", with a hint about escaping braces, plus one "missing section" line for every
// link to the id (ten in all). Now: one line that says what is missing. The real check, on a copy.
const projectRoot = process.cwd();
let root: string;
let run: CliRun;
const file = () => path.join(root, "content", "guides", "the-two-roles.mdx");

beforeAll(async () => {
  root = tempDir("guide-pinned-id-hash-");
  cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
  mkdirSync(path.join(root, "public"));
  const text = readFileSync(file(), "utf8");
  if (!text.includes("{#what-each-role-owns}")) throw new Error("the-two-roles.mdx no longer pins the id the test unpins");
  writeFileSync(file(), text.replace("{#what-each-role-owns}", "{what-each-role-owns}"));
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
