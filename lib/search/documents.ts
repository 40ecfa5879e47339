import type { Chapter } from "../content/load";
import type { FaqEntry } from "../schemas/faq";
import type { MarketNote, SalaryBand } from "../schemas/salary-band";
import type { Tool } from "../schemas/tool";
import { bandAnchor, chapterPath, toolPath } from "../routes";
import { bandRegionLabel, describeBand, roleLabels } from "../salary-bands";
import type { SearchDocument } from "./options";

/** The first six words, for telling whether two texts open the same way. */
const opening = (text: string) => text.toLowerCase().split(/\s+/).slice(0, 6).join(" ");

/**
 * Turns the content pipeline's result into search documents: one per section (h2 and h3, plus each
 * chapter's introduction), one per FAQ entry, one per salary band or market note and one per hiring tool.
 * Pure: lib/search.ts indexes them on the server, and the tests search them directly.
 */
export function buildSearchDocuments(input: {
  chapters: readonly Chapter[];
  faq: readonly FaqEntry[];
  bands: readonly SalaryBand[];
  notes: readonly MarketNote[];
  tools: readonly Tool[];
  faqPath: string;
}): SearchDocument[] {
  const sameOpening = (a: string, b: string) => opening(a) === opening(b);
  const documents: SearchDocument[] = [];
  for (const chapter of input.chapters) {
    const chapterTitle = chapter.frontmatter.title;
    for (const section of chapter.analysis.sections) {
      if (!section.text && !section.title) continue;
      // A reference chapter's h2s only group its entries ("Rules and governance"): as hits they crowded out
      // the entries themselves.
      if (chapter.frontmatter.reference && section.depth === 2) continue;
      documents.push({
        id: `${chapter.slug}#${section.id ?? ""}`,
        kind: chapter.frontmatter.reference ? "definition" : "section",
        title: section.title ?? chapterTitle,
        chapter: chapterTitle,
        intro: !section.id || undefined,
        href: section.id ? `${chapterPath(chapter.slug)}#${section.id}` : chapterPath(chapter.slug),
        // The chapter's description leads its intro's entry, unless the intro opens the same way (the FAQ's
        // did: its excerpt read "Short answers to the questions CTOs… Short answers to the questions CTOs…").
        text: section.id || sameOpening(section.text, chapter.frontmatter.description) ? section.text : `${chapter.frontmatter.description} ${section.text}`,
        // A reference chapter's ids only repeat its entries' titles ("#hipaa" under "HIPAA"): counted twice,
        // a glossary entry outranked the chapter that says what the rule means for hiring.
        keywords: [chapter.frontmatter.reference ? undefined : section.id?.replaceAll("-", " "), ...section.boxTitles].filter(Boolean).join(" ") || undefined,
      });
    }
  }
  for (const entry of input.faq) {
    documents.push({ id: `faq:${entry.id}`, kind: "faq", title: entry.question, chapter: "Frequently asked questions", href: `${input.faqPath}#${entry.id}`, text: entry.answer });
  }
  for (const band of input.bands) {
    documents.push({
      id: `salary:${bandAnchor(band)}`,
      kind: "salary",
      title: `${roleLabels[band.role]} salary (${bandRegionLabel(band)})`,
      chapter: "Salary benchmarks",
      href: `/salaries#${bandAnchor(band)}`,
      // The figure once, and no source line: the excerpt had read "$200K to $350K or more a year. $200K–$350K+
      // a year.", and the source's name ("…AI Architect vs Software Engineer hiring guide") matched "vs".
      text: `${describeBand(band)}. ${band.note ?? ""}`,
      // Found like the text, never shown: the excerpt had read "a year: salary, pay, compensation.". "cost"
      // answers "how much does an AI Architect cost?" with the band.
      terms: "salary pay compensation cost",
    });
  }
  for (const note of input.notes) {
    documents.push({ id: `salary:${note.id}`, kind: "salary", title: note.title, chapter: "Salary benchmarks", href: `/salaries#${note.id}`, text: note.text });
  }
  for (const tool of input.tools) {
    documents.push({
      id: `tool:${tool.id}`,
      kind: "tool",
      title: tool.title,
      chapter: "Hiring tools",
      href: toolPath(tool.id),
      text: `${tool.description} ${tool.teaser}`,
      terms: tool.keywords, // found, never shown: excerpts had ended "…headcount fractional full-time agency budget"
    });
  }
  return documents;
}
