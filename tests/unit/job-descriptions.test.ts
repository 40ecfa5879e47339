import type { Heading, List, Nodes } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { getJobDescriptions, jobDescriptionMarkdown, jobDescriptionText, jobDescriptions, resolveJobDescription, type ResolvedJobDescription } from "@/lib/tools/job-descriptions";
import { roleSchema } from "@/lib/schemas/salary-band";
import { vetting } from "@/lib/vetting";

const starters = getJobDescriptions();
const fromMarkdown = (markdown: string) => unified().use(remarkParse).parse(markdown);
/** The plain text of a Markdown node. */
const toString = (node: Nodes): string => ("value" in node ? node.value : "children" in node ? node.children.map(toString).join("") : "");

describe("job description starters", () => {
  it("has one starter per role, each with what the role owns, the work, skills, tools, titles, pay and what to look for", () => {
    expect(starters.map((jd) => jd.role).sort()).toEqual([...roleSchema.options].sort());
    const common = ["owns", "responsibilities", "hard-skills", "soft-skills", "tools", "titles", "pay", "terms", "before-posting", "look-for"];
    for (const jd of starters) {
      // Only the architect's reporting line is in the guide (the FAQ on where the architect sits).
      expect(jd.parts.map((p) => p.id)).toEqual(jd.role === "ai-architect" ? common.toSpliced(2, 0, "reporting") : common);
      for (const part of jd.parts) expect(part.items.length, `${jd.role} ${part.id}`).toBeGreaterThan(0);
    }
  });

  it("leaves the pay and the reporting line for the reader to fill in, next to where the guide covers them", () => {
    for (const jd of starters) {
      const pay = jd.parts.find((part) => part.id === "pay")!;
      expect(pay.href).toBe("/salaries");
      expect(pay.items.join(" ")).not.toMatch(/\d/); // a placeholder, never a figure copied from a band
      expect(pay.items[0]).toMatch(/^\[Salary range/);
    }
    const architect = starters.find((jd) => jd.role === "ai-architect")!;
    expect(architect.parts.find((part) => part.id === "reporting")).toMatchObject({ href: "/faq#where-do-architects-report", items: [expect.stringContaining("[the CTO"), expect.any(String)] });
  });

  it("reads 'what we will look for' from the vetting material, so the ad asks for what the interview tests", () => {
    const architect = starters.find((jd) => jd.role === "ai-architect")!;
    expect(architect.parts.at(-1)!.items).toEqual(vetting.architectQuestions.map((q) => q.topic));
    const engineer = starters.find((jd) => jd.role === "software-engineer")!;
    expect(engineer.parts.at(-1)!.items).toEqual(vetting.engineerChecks.map((c) => c.title));
    // A change to the vetting data changes the starter.
    const changed = { ...vetting, engineerChecks: [{ id: "x", title: "Shipping under pressure", text: "Ask about the last release that went wrong.", question: "What went wrong in your last release?", strongAnswer: "what they did about it." }] };
    expect(resolveJobDescription(jobDescriptions.find((jd) => jd.role === "software-engineer")!, changed).parts.at(-1)!.items).toEqual(["Shipping under pressure"]);
  });
});

describe("a starter as plain text", () => {
  it("reads as a job board's text box wants it: title, summary, each heading with its intro and '- ' items; no links, no note for the hiring manager", () => {
    const jd: ResolvedJobDescription = {
      role: "software-engineer",
      title: "Software Engineer",
      summary: "[Company] is hiring an engineer to ship the product.",
      summaryHref: "/the-two-roles",
      parts: [
        { id: "owns", heading: "What you will own", href: "/the-two-roles#owns", intro: "Day to day:", items: ["Features", "Tests"] },
        { id: "pay", heading: "Pay", href: "/salaries", items: ["[Salary range]"] },
        { id: "titles", heading: "Other titles to post and search under", href: "/the-two-roles", items: ["Backend Engineer"], notInAd: true },
      ],
    };
    expect(jobDescriptionText(jd)).toBe(
      "Software Engineer\n\n[Company] is hiring an engineer to ship the product.\n\nWhat you will own\nDay to day:\n- Features\n- Tests\n\nPay\n- [Salary range]\n",
    );
  });
});

describe.each(starters.map((jd) => [jd.title, jd] as const))("%s as text and Markdown", (_title, jd) => {
  const ad = jd.parts.filter((part) => !part.notInAd);
  it("as plain text: every heading and item of the ad, no note for the hiring manager, and no links back to the guide", () => {
    const text = jobDescriptionText(jd);
    for (const part of ad) expect(text).toContain(`${part.heading}\n`);
    for (const item of ad.flatMap((p) => p.items)) expect(text).toContain(`- ${item}\n`);
    for (const note of jd.parts.filter((part) => part.notInAd)) expect(text).not.toContain(note.heading);
    expect(text).not.toMatch(/https?:|\]\(/); // no links back to the guide in the ad itself
  });

  it("as Markdown that parses back to the same headings, paragraphs and list items", () => {
    const tree = fromMarkdown(jobDescriptionMarkdown(jd));
    const headings = tree.children.filter((n): n is Heading => n.type === "heading");
    expect(headings.map((h) => [h.depth, toString(h)])).toEqual([[1, jd.title], ...ad.map((p) => [2, p.heading])]);
    expect(toString(tree.children[1])).toBe(jd.summary); // "[Company]" survives, not read as a link
    // ...and is written as the reader will search for it, not as "\[Company]".
    expect(jobDescriptionMarkdown(jd)).toContain("[Company] is hiring");
    // Every placeholder, long or lowercase ("[your platform, e.g. AWS SageMaker]"), reads as written.
    expect(jobDescriptionMarkdown(jd)).not.toContain("\\[");
    expect(jobDescriptionMarkdown(jd)).toContain("[Salary range for the role and location]");
    const lists = tree.children.filter((n): n is List => n.type === "list");
    expect(lists.map((l) => l.children.map((item) => toString(item)))).toEqual(ad.map((p) => p.items));
  });
});
