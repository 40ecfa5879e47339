/**
 * Readability of each chapter's prose: Flesch–Kincaid grade, from the `flesch-kincaid` and `syllable` packages.
 * Usage: npx tsx --conditions=react-server tests/bench/readability.ts [--seed <file>]
 *
 * Method (so before/after numbers compare):
 * - Text: the content pipeline's plain text of each chapter (`loadContent` → `analysis.sections[].text`,
 *   which holds paragraphs, list items, table cells and component bodies, but not headings). The FAQ page's
 *   entries come from lib data, not its MDX, so "faq" adds every FAQ question and answer, and the FAQ
 *   answers are also measured alone.
 * - Sentences: each block (a line of that text: paragraph, list item, cell) ends a sentence, and inside a
 *   block ". ", "? " and "! " end one. A list item without a full stop is counted as one sentence.
 * - Words: runs of letters and digits (apostrophes and inner hyphens kept); syllables per word by `syllable`.
 * - `--seed <file>` measures a plain-text file the same way, for comparison.
 */
import { readFileSync } from "node:fs";
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { loadContent } from "../../lib/content/load";
import { faqEntries } from "../../lib/faq";

/** Counts of sentences, words and syllables in plain text, one block per line. */
export function counts(text: string) {
  const sentences = text
    .split(/\n+/)
    .flatMap((block) => block.split(/(?<=[.!?])\s+/))
    .filter((sentence) => /[A-Za-z0-9]/.test(sentence));
  const words = text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
  return { sentence: sentences.length, word: words.length, syllable: words.reduce((sum, word) => sum + syllable(word), 0) };
}

function grade(text: string) {
  const c = counts(text);
  return { grade: Math.round(fleschKincaid(c) * 10) / 10, words: c.word, sentences: c.sentence };
}

const seedFlag = process.argv.indexOf("--seed");
const { chapters } = await loadContent(process.cwd());
const faqText = faqEntries.map((entry) => `${entry.question}\n${entry.answer}`).join("\n");
const rows: { text: string; grade: number; words: number; sentences: number }[] = [];
for (const chapter of chapters) {
  const prose = chapter.analysis.sections.map((section) => section.text).join("\n");
  rows.push({ text: chapter.slug, ...grade(chapter.slug === "faq" ? `${prose}\n${faqText}` : prose) });
}
rows.push({ text: "faq answers only", ...grade(faqEntries.map((entry) => entry.answer).join("\n")) });
const all = chapters.map((c) => c.analysis.sections.map((s) => s.text).join("\n")).join("\n") + "\n" + faqText;
rows.push({ text: "whole guide", ...grade(all) });
if (seedFlag > 0) rows.push({ text: "seed", ...grade(readFileSync(process.argv[seedFlag + 1], "utf8")) });
console.table(rows);
