/**
 * Pasted-sentence scan: lists every run of 7 words the site shares with the seed article.
 * Usage: npx tsx --conditions=react-server tests/bench/overlap.ts [seed file]   (exits 1 on any overlap)
 * The seed file defaults to ../shared/seed/hiring-guide-seed.txt beside the project, where the brief lives on the
 * team's machines; it is not in the repository, so `npm test` cannot run this scan: editors run it by hand.
 *
 * Scans each chapter's plain text from the content pipeline, the string values of lib/data/*.ts, and the
 * source of app/ and components/ (.tsx: any shared run of 7 words would be page text). Words are
 * lowercased runs of letters and digits, so punctuation and markup do not hide a copy.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadContent } from "../../lib/content/load";

const size = 7;
const seedFile = process.argv[2] ?? path.resolve("../shared/seed/hiring-guide-seed.txt");
const words = (text: string) => text.toLowerCase().replace(/[’']/g, "").match(/[a-z0-9]+/g) ?? [];
const grams = (list: string[]) => list.slice(0, Math.max(0, list.length - size + 1)).map((_, i) => list.slice(i, i + size).join(" "));
const seedGrams = new Set(grams(words(readFileSync(seedFile, "utf8"))));

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const texts: { where: string; text: string }[] = [];
for (const chapter of (await loadContent(process.cwd(), { includeDrafts: true })).chapters) {
  const frontmatter = `${chapter.frontmatter.title}\n${chapter.frontmatter.description}`;
  texts.push({ where: chapter.file, text: `${frontmatter}\n${chapter.analysis.sections.map((s) => s.text).join("\n")}` });
}
for (const file of filesUnder("lib/data", ".ts")) {
  texts.push({ where: file, text: strings(await import(path.resolve(file))).join("\n") });
}
for (const file of [...filesUnder("app", ".tsx"), ...filesUnder("components", ".tsx")]) {
  texts.push({ where: file, text: readFileSync(file, "utf8") });
}

let found = 0;
for (const { where, text } of texts) {
  // Within one block of text only: a run across two list items is not a pasted sentence.
  const shared = new Set(text.split(/\n/).flatMap((line) => grams(words(line))).filter((gram) => seedGrams.has(gram)));
  for (const gram of shared) console.log(`${where}: "${gram}"`);
  found += shared.size;
}
console.log(found === 0 ? `✔ no run of ${size} words shared with the seed (${texts.length} texts)` : `✖ ${found} shared runs`);
process.exitCode = found === 0 ? 0 : 1;
