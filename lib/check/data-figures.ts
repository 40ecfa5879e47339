import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { cardGlyphsMessage } from "../content/card-glyphs";
import { faqEntries } from "../faq";
import { figureChecker, type FigureChapter } from "../figures";
import { linesHolding } from "../schemas/data-places";
import { tools } from "../tools/catalog";

/** Every string value in a module's exports, nested lists and objects included. */
export function stringValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringValues);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringValues);
  return [];
}

/** The line (1-based) where `part` is written in the literal that starts with `text`; else where it starts. */
function lineOf(lines: readonly string[], text: string, part: string): number {
  const head = text.slice(0, 40);
  const starts = [...linesHolding(lines, JSON.stringify(head).slice(1, -1)), ...linesHolding(lines, head)];
  const start = starts.length > 0 ? Math.min(...starts) : 0;
  return (linesHolding(lines, part).find((index) => index >= start) ?? start) + 1;
}

/**
 * The chapters' rule for numbers, in the text of lib/data (FAQ answers, planner reasons, scorecard checks):
 * each figure that comes from neither the salary data nor the allow-list, as `lib/data/<file>.ts:<line>  …`.
 * The allow-list itself holds the phrases and their sources, so it is not scanned.
 */
export async function dataFigureProblems(projectRoot: string, chapters: readonly FigureChapter[]): Promise<string[]> {
  const dir = path.join(projectRoot, "lib", "data");
  const check = figureChecker(chapters);
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".ts") && file !== "figure-allow-list.ts").sort()) {
    const lines = readFileSync(path.join(dir, name), "utf8").split("\n");
    const values = stringValues(await import(pathToFileURL(path.join(dir, name)).href));
    for (const text of values) {
      for (const found of check(text)) {
        problems.push(
          `lib/data/${name}:${lineOf(lines, text, found.figure)}  figure "${found.figure}" has no source (…${found.context}…)  (use a figure from the seed or the salary data (lib/data/salary-bands.ts), or add the phrase with its public source and as-of date to lib/data/figure-allow-list.ts)`,
        );
      }
    }
  }
  return problems;
}

/**
 * The texts of lib/data that preview cards show, each with a character the card's font cannot draw: a FAQ
 * question (the card of its shared answer) or a tool's name (the tool's card). Told as a chapter's title is.
 */
export function dataCardProblems(projectRoot: string): string[] {
  const read = (file: string) => readFileSync(path.join(projectRoot, file), "utf8").split("\n");
  const texts = [
    ...faqEntries.map((entry) => ({ file: "lib/data/faq.ts", field: "question", text: entry.question, where: "its shared answer's preview card" })),
    ...tools.map((tool) => ({ file: "lib/data/tools.ts", field: "title", text: tool.title, where: "the tool's preview card" })),
  ];
  return texts.flatMap(({ file, field, text, where }) => {
    const message = cardGlyphsMessage(text, where);
    return message ? [`${file}:${lineOf(read(file), text, text.slice(0, 20))}  ${field}: ${message}  (the preview cards' font (Inter's Latin set) has no glyph for it: write it in words, or leave it out)`] : [];
  });
}
