/**
 * `npm run check`: validates every chapter and the data in lib/, prints every problem as
 * `content/<file>.mdx:<line>:<col>  <what>  (<how to fix>)`, and exits 1 if there are any.
 * Usage: npm run check [-- --root <dir>]   (root defaults to the current directory)
 */
import path from "node:path";
import { formatProblem, sortProblems } from "../content/problems";
import { dataErrors, dataProblems } from "./data-problems";

const rootFlag = process.argv.indexOf("--root");
const root = path.resolve(rootFlag > 0 ? process.argv[rootFlag + 1] : process.cwd());
const started = performance.now();
// The data in lib/data/ is checked as its modules load, so they are loaded first, each on its own: a mistake
// in them is told like a chapter's (file, line, field), every broken file in one run, not as a stack trace.
const projectRoot = path.join(import.meta.dirname, "..", "..");
const broken = await dataErrors(path.join(projectRoot, "lib"));
if (broken.invalid.length + broken.unreadable.length > 0) {
  const lines = [...broken.unreadable, ...broken.invalid.flatMap((error) => dataProblems(error, projectRoot))];
  for (const line of lines) console.error(line);
  console.error(`\n✖ ${lines.length} problem${lines.length === 1 ? "" : "s"} in lib/data (fix these first: chapters are checked after)`);
  process.exit(1);
}
const { loadContent } = await import("../content/load");
const { figureChapters } = await import("../figures");
const { dataCardProblems, dataFigureProblems } = await import("./data-figures");
const { chapters, problems } = await loadContent(root, { includeDrafts: true });
// lib/data's text is held to the chapters' rules: figures need a source, card texts the card's font (told here,
// not only by the unit tests).
const dataTextProblems = [...(await dataFigureProblems(projectRoot, figureChapters(chapters))), ...dataCardProblems(projectRoot)];
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const total = problems.length + dataTextProblems.length;

if (total > 0) {
  for (const line of dataTextProblems) console.error(line);
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(`\n✖ ${total} problem${total === 1 ? "" : "s"} in ${dataTextProblems.length > 0 ? (problems.length > 0 ? "lib/data and content" : "lib/data") : "content"} (${seconds}s)`);
  process.exitCode = 1;
} else {
  console.log(`✔ ${chapters.length} chapters checked, no problems (${seconds}s)`);
}
// Warnings, which leave the exit code alone: a "Last updated" date older than the chapter's last change.
const { staleUpdatedDates } = await import("./stale-dates");
const stale = staleUpdatedDates(root, chapters.map(({ file, frontmatter }) => ({ file, updated: frontmatter.updated })));
if (stale.length > 0) console.warn(`\n⚠ ${stale.length === 1 ? "a chapter's date" : `${stale.length} chapters' dates`} may be out of date:\n${stale.join("\n")}`);
