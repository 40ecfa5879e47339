/**
 * `npm run check`: validates every chapter and the data in lib/, prints every problem as
 * `content/<file>.mdx:<line>:<col>  <what>  (<how to fix>)`, and exits 1 if there are any.
 * Usage: npm run check [-- --root <dir>]   (root defaults to the current directory)
 */
import path from "node:path";
import { loadContent } from "../content/load";
import { formatProblem, sortProblems } from "../content/problems";

const rootFlag = process.argv.indexOf("--root");
const root = path.resolve(rootFlag > 0 ? process.argv[rootFlag + 1] : process.cwd());
const started = performance.now();
const { chapters, problems } = await loadContent(root, { includeDrafts: true });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(`\n✖ ${problems.length} problem${problems.length === 1 ? "" : "s"} in content (${seconds}s)`);
  process.exitCode = 1;
} else {
  console.log(`✔ ${chapters.length} chapters checked, no problems (${seconds}s)`);
}
