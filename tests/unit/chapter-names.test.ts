import { renameSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { chapterIn, contentCopy, editChapter, runCheck, type CliRun } from "../support/check-cli";
import { removeTempDirs } from "../support/temp-dirs";

// How chapters are told apart: by their file name (the address), their title and their menu label. An editor's
// slips in a copy of the real content, each caught by the real check at its line.
let run: CliRun;

beforeAll(async () => {
  const root = contentCopy("guide-chapter-names-");
  // Saved under a title-like name ("Vetting Candidates.mdx"): every link to the old one breaks too, and the
  // one line that says why names the file to use.
  renameSync(chapterIn(root, "vetting"), chapterIn(root, "Vetting Candidates"));
  // A chapter copied as the start of a new one, its title and menu label left as they were.
  editChapter(root, "glossary", "title: Glossary of AI hiring terms", "title: Frequently asked questions");
  editChapter(root, "why-you-need-both", "navTitle: Why you need both", "navTitle: Team composition");
  run = await runCheck(["--root", root]);
}, 60_000);

afterAll(removeTempDirs);

it("says a file name with capitals and spaces is not a slug, and which name to give the file", () => {
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    'content/guides/Vetting Candidates.mdx:1:1  file name "Vetting Candidates" is not a valid slug: the file name is the chapter\'s address  (rename the file vetting-candidates.mdx (lowercase words joined by hyphens); links to it then use /vetting-candidates)',
  );
});

it("says a title or a menu label is already another chapter's, at its line; a title repeated is told once", () => {
  const lines = run.stderr.split("\n");
  expect(lines).toContain(
    'content/guides/glossary.mdx:2:1  title "Frequently asked questions" is also content/guides/faq.mdx\'s  (give each chapter its own title: readers tell chapters apart by it in the menu, in search and on shared links)',
  );
  expect(lines).toContain(
    'content/guides/why-you-need-both.mdx:6:1  menu label "Team composition" is also content/guides/team-composition.mdx\'s  (give each chapter its own menu label: readers tell chapters apart by it in the menu, in search and on shared links)',
  );
  // Its menu label is its own ("Glossary"), so the repeated title is the one slip told there.
  expect(lines.filter((line) => line.includes('"Frequently asked questions"'))).toHaveLength(1);
});
