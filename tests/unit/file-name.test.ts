import { cpSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCheck, type CliRun } from "../support/check-cli";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

// An editor saves a chapter under a title-like name ("Vetting Candidates.mdx"). The file name is the chapter's
// address, so every link to the old one breaks too; the one line that says why names the file to use.
let run: CliRun;

beforeAll(async () => {
  const root = tempDir("guide-file-name-");
  cpSync(path.join(process.cwd(), "content"), path.join(root, "content"), { recursive: true });
  mkdirSync(path.join(root, "public"));
  const guides = path.join(root, "content", "guides");
  renameSync(path.join(guides, "vetting.mdx"), path.join(guides, "Vetting Candidates.mdx"));
  run = await runCheck(["--root", root]);
}, 60_000);

afterAll(removeTempDirs);

it("says a file name with capitals and spaces is not a slug, and which name to give the file", () => {
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    'content/guides/Vetting Candidates.mdx:1:1  file name "Vetting Candidates" is not a valid slug: the file name is the chapter\'s address  (rename the file vetting-candidates.mdx (lowercase words joined by hyphens); links to it then use /vetting-candidates)',
  );
});
