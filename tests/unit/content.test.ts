import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { authorComponents } from "@/mdx-components";
import { firstQuestion } from "@/lib/data/shortcuts";
import { faqEntries } from "@/lib/faq";
import { loadContent, type ContentResult } from "@/lib/content/load";
import { mdxComponentPropsSchemas } from "@/lib/schemas/mdx-props";
import { getBand, salaryRangeText } from "@/lib/salary-bands";
import { compileChapterSource } from "@/lib/content/compile";
import { getShareableSections, previewText, trimDescription } from "@/lib/sections";
import { site } from "@/lib/site";
import { vetting as vettingData } from "@/lib/vetting";
import { buildToc } from "@/lib/toc";

const guidesDir = path.join(process.cwd(), "content", "guides");
const mdxFiles = readdirSync(guidesDir).filter((name) => name.endsWith(".mdx")).sort();

let content: ContentResult;
beforeAll(async () => {
  content = await loadContent(process.cwd(), { includeDrafts: true });
});
const chapter = (slug: string) => {
  const found = content.chapters.find((c) => c.slug === slug);
  if (!found) throw new Error(`chapter ${slug} not loaded`);
  return found;
};

describe("real content", () => {
  it("has no problems and loads every .mdx file as a chapter", () => {
    expect(content.problems).toEqual([]);
    expect(content.chapters.map((c) => c.file).sort()).toEqual(mdxFiles.map((name) => `content/guides/${name}`));
  });

  it("counts the FAQ answers a chapter shows in its reading time: the FAQ page is not a '1 min read'", () => {
    const faq = chapter("faq");
    const shown = faqEntries.map((e) => `${e.question} ${e.answer}`).join(" ").split(/\s+/).length;
    expect(faq.readingMinutes).toBeGreaterThanOrEqual(Math.floor((faq.analysis.wordCount + shown) / 230));
    expect(faq.readingMinutes).toBeGreaterThan(Math.round(faq.analysis.wordCount / 230));
  });

  it("keeps pinned ids: vetting's architect questions are at #architect-questions without showing {#…}", () => {
    const vetting = chapter("vetting");
    const heading = vetting.analysis.headings.find((h) => h.id === "architect-questions");
    expect(heading?.title).toBe("The five questions to ask an AI Architect");
    expect(heading?.title).not.toContain("{#");
    expect(vetting.code).not.toContain("{#");
    expect(vetting.code).not.toContain("/*#");
  });

  it("opens the first chapter with the home page's three-sentence answer to \"Do I need an AI Architect at all?\"", () => {
    const first = [...content.chapters].sort((a, b) => a.frontmatter.order - b.frontmatter.order)[0];
    expect(firstQuestion.href).toBe(`/${first.slug}`);
    const opening = first.analysis.components[0];
    expect(opening).toMatchObject({ name: "KeyTakeaway", props: { title: firstQuestion.question } });
    const intro = first.analysis.sections[0];
    expect(intro.id).toBeNull();
    // The box as read: its title (the question), then the answer.
    expect(intro.text.replace(/\s+/g, " ").startsWith(`${firstQuestion.question} ${firstQuestion.answer.join(" ")}`)).toBe(true);
    expect(firstQuestion.answer).toHaveLength(3);
    // ...and, like the home page, points to the team planner for the reader's own case.
    expect(first.analysis.links.map((link) => link.href)).toContain(firstQuestion.planner.href);
  });

  it("says, where it advises using a specialist agency, that its publisher is one", () => {
    const sourcing = content.chapters.find((c) => c.slug === "sourcing-and-cost")!;
    const agencies = sourcing.analysis.sections.find((section) => section.id === "specialist-agencies")!;
    expect(agencies.text).toContain(`${site.publisher}, which publishes this guide, is a specialist agency`);
  });

  it("nests h3 sections under their h2 in the vetting chapter's TOC", () => {
    const warningSigns = chapter("vetting").toc.find((entry) => entry.id === "warning-signs");
    expect(warningSigns?.children.map((child) => child.id)).toEqual(["title-inflation", "over-reliance-on-education"]);
  });

  it("uses only registered components, and finds every tag written in the source", () => {
    const registered = Object.keys(mdxComponentPropsSchemas);
    for (const c of content.chapters) {
      const used = new Set(c.analysis.components.map((use) => use.name));
      for (const name of used) expect(registered, `${c.slug} uses <${name}>`).toContain(name);
      const source = readFileSync(path.join(process.cwd(), c.file), "utf8");
      const written = new Set([...source.matchAll(/<([A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]));
      expect([...used].sort(), c.slug).toEqual([...written].sort());
    }
  });
});

describe("component registry", () => {
  it("mdx-components.tsx registers exactly the components the check allows", () => {
    expect(Object.keys(authorComponents).sort()).toEqual(Object.keys(mdxComponentPropsSchemas).sort());
  });
});

describe("buildToc", () => {
  it("nests h3 under the h2 before it", () => {
    const toc = buildToc([
      { id: "costs", title: "Costs", depth: 2 },
      { id: "salary", title: "Salary", depth: 3 },
      { id: "equity", title: "Equity", depth: 3 },
      { id: "next", title: "Next", depth: 2 },
    ]);
    expect(toc).toEqual([
      {
        id: "costs",
        title: "Costs",
        children: [
          { id: "salary", title: "Salary", children: [] },
          { id: "equity", title: "Equity", children: [] },
        ],
      },
      { id: "next", title: "Next", children: [] },
    ]);
  });

  it("keeps an h3 that has no h2 before it at the top level", () => {
    expect(buildToc([{ id: "intro", title: "Intro", depth: 3 }])).toEqual([{ id: "intro", title: "Intro", children: [] }]);
  });
});

describe("trimDescription", () => {
  it("leaves short text as it is, with whitespace collapsed", () => {
    expect(trimDescription("Hire an architect first.")).toBe("Hire an architect first.");
    expect(trimDescription("  Hire an\n architect   first. ")).toBe("Hire an architect first.");
  });

  it("cuts long text at a word, drops trailing punctuation and adds …", () => {
    expect(trimDescription("Architects design systems, engineers build them", 30)).toBe("Architects design systems…");
  });

  it("keeps a long real-world paragraph within 160 characters, ending on a whole word", () => {
    const text =
      "A resume shows what someone was called, not what they built. Good vetting checks hands-on experience with real systems, fit with business goals and a proven record of delivery.";
    const trimmed = trimDescription(text);
    expect(trimmed.length).toBeLessThanOrEqual(160);
    expect(trimmed.endsWith("…")).toBe(true);
    const kept = trimmed.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe(" ");
  });
});

describe("getShareableSections", () => {
  it("gives one share page per heading (h2 and h3) of a real chapter, and one per FAQ answer it shows, each with a preview description", () => {
    const vetting = chapter("vetting");
    expect(getShareableSections(vetting).map((s) => s.id)).toEqual(vetting.analysis.headings.map((h) => h.id));
    const faq = getShareableSections(chapter("faq")).filter((s) => s.kind === "answer");
    expect(faq.map((s) => [s.id, s.title])).toEqual(faqEntries.map((e) => [e.id, e.question]));
    for (const section of [...getShareableSections(vetting), ...faq]) {
      expect(section.title).not.toBe("");
      expect(section.description.length).toBeGreaterThan(0);
      expect(section.description.length).toBeLessThanOrEqual(160);
    }
  });
});

describe("section previews", () => {
  const item = (text: string) => ({ text, item: true });
  it("read on past a first paragraph that only leads in, or is too short to say what the section holds", () => {
    const lead = "Three habits keep AI teams moving:";
    expect(previewText({ lead, follow: [item("CI/CD pipelines, for fast releases."), item("MLOps, for models.")] })).toBe(`${lead} CI/CD pipelines, for fast releases. MLOps, for models.`);
    const long = "A first paragraph that is long enough to describe its section on its own, without any help from the list after it.";
    expect(previewText({ lead: long, follow: [item("An item.")] })).toBe(long);
    // A short lead before a table reads on into its rows (collected as "first cell: the others").
    expect(previewText({ lead: "Each role earns its place.", follow: [item("AI Architect: Roadmaps; compliance"), item("Software Engineer: Robust code")] })).toBe(
      "Each role earns its place. AI Architect: Roadmaps; compliance. Software Engineer: Robust code.",
    );
  });

  it("end a lead-in's sentence with the short items it introduces, as a reader would write them", () => {
    const follow = [item("GDPR in Europe"), item("HIPAA in US healthcare"), item("Rules specific to finance")];
    expect(previewText({ lead: "Rules like these apply:", follow })).toBe("Rules like these apply: GDPR in Europe, HIPAA in US healthcare, and rules specific to finance.");
  });

  it("read a real chapter's list and table as a reader would: a cut list trails off, an empty cell is left out", async () => {
    const frontmatter = "---\ntitle: Previews\ndescription: A fixture chapter whose sections open with a lead-in to a list, and with a short lead before a table.\norder: 90\nupdated: 2026-04-17\n---\n\n";
    const body = [
      "## Long list {#long}\n\nUse a fractional architect for:\n\n- A roadmap\n- Vendor choice\n- An audit\n- A rescue\n",
      "## Short list {#short}\n\nUse a fractional architect for:\n\n- A roadmap\n- Vendor choice\n\nA paragraph after the list.\n",
      "## Table {#table}\n\nTwo rows.\n\n| Role | Note |\n| --- | --- |\n|  | Nameless |\n| Architect | Plans |\n",
      "## Labels {#labels}\n\nSettle these before the offer:\n\n- **Shared hours.** Decide how much of the day people overlap.\n- **How you employ them.** Contractor, entity or employer of record.\n",
      "## Long labels {#long-labels}\n\nWhere the architect reports decides how much weight their design carries. Each choice gains something and risks something:\n\n- **To the CTO.** One line across teams.\n- **To a head of AI.** One leader.\n- **To the head of engineering.** Close to delivery.\n- **To product.** Close to customers.\n",
    ].join("\n");
    const { analysis } = await compileChapterSource("content/guides/previews.mdx", frontmatter + body);
    const preview = (id: string) => previewText(analysis!.sections.find((section) => section.id === id)!);
    expect(preview("long")).toBe("Use a fractional architect for: a roadmap, vendor choice, an audit, …");
    expect(preview("short")).toBe("Use a fractional architect for: a roadmap and vendor choice.");
    expect(preview("table")).toBe("Two rows. Nameless. Architect: Plans.");
    // Items that open with a bold label are listed by it (the first item had been cut after its label).
    expect(preview("labels")).toBe("Settle these before the offer: shared hours and how you employ them.");
    // A list too long for a preview keeps the labels that fit whole.
    expect(preview("long-labels")).toBe(
      "Where the architect reports decides how much weight their design carries. Each choice gains something and risks something: to the CTO, to a head of AI, …",
    );
  });

  it("cut after a whole sentence when that says enough, rather than mid-sentence", () => {
    const first = "Market benchmarks put AI Architects at $200K–$350K+ a year (US) and Software Engineers at $100K–$190K a year.";
    expect(trimDescription(`${first} They come from AI People Agency, which publishes this guide, and name no survey.`)).toBe(first);
  });

  it("never end on the colon of a lead-in, and show the salary figures a section's text shows", () => {
    const all = content.chapters.flatMap((c) => getShareableSections(c).map((s) => ({ id: `${c.slug}/${s.id}`, description: s.description })));
    expect(all.filter((s) => s.description.endsWith(":"))).toEqual([]);
    const benchmarks = all.find((s) => s.id === "sourcing-and-cost/market-benchmarks")!;
    expect(benchmarks.description).toContain(salaryRangeText(getBand("ai-architect", "US")!));
    expect(benchmarks.description).toContain(salaryRangeText(getBand("software-engineer")!));
    // The check for engineers continues into the list of checks it announces.
    const engineers = all.find((s) => s.id === "vetting/vetting-engineers")!;
    expect(engineers.description.toLowerCase()).toContain(vettingData.engineerChecks[0].title.toLowerCase());
  });
});
