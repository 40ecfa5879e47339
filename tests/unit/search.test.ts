import { describe, expect, it } from "vitest";
import { searchGuide } from "@/lib/search";
import { top } from "../support/search";
import { makeExcerpt } from "@/lib/search/excerpt";
import { normaliseQuery } from "@/lib/search/options";


describe("search ranking on the real guide", () => {
  // One reader question per chapter: the first result must be the section that answers it.
  it.each([
    ["title inflation", "/vetting#title-inflation"],
    ["fractional architect", "/team-composition#fractional-architects"],
    ["optimal team", "/team-composition#optimal-team"],
    ["build buy hire", "/sourcing-and-cost#build-buy-or-hire"],
    ["security by design", "/trends-and-regulation#security-by-design"],
    ["business case", "/why-you-need-both#business-case"],
    ["how they work together", "/the-two-roles#how-they-work-together"],
    ["modern workflows", "/tools-and-workflows#modern-workflows"],
    ["how do compensation models compare", "/faq#how-does-compensation-compare"],
  ])("%s → %s", async (query, expected) => {
    expect(await top(query)).toBe(expected);
  });

  it.each([
    ["plan my AI team", "/plan"],
    ["interview scorecard", "/scorecard"],
    ["job description", "/job-descriptions"],
  ])("finds the hiring tool for '%s' first: %s", async (query, expected) => {
    const { hits } = await searchGuide(query, 5);
    expect(hits[0]).toMatchObject({ href: expected, kind: "tool" });
  });

  it("finds the architect questions, which the chapter gets from lib/data/vetting.ts", async () => {
    expect(await top("strong answer board member")).toBe("/vetting#architect-questions");
  });

  it("excerpts show the guide's own words: no search padding, no sentence twice", async () => {
    const text = (hit: { excerpt: { text: string }[] }) => hit.excerpt.map((part) => part.text).join("");
    const salary = await searchGuide("salary", 5);
    expect(salary.hits[0].href).toMatch(/^\/salaries#/); // still found first, by words it no longer shows
    for (const hit of salary.hits) expect(text(hit)).not.toContain("salary, pay, compensation");
    const faq = (await searchGuide("short answers", 10)).hits.find((hit) => hit.href === "/faq")!;
    expect(text(faq).match(/Short answers to the questions/g)).toHaveLength(1); // the description and the intro open alike
  });

  it("ranks a heading match above body matches", async () => {
    const { hits } = await searchGuide("warning signs", 10);
    expect(hits[0].href).toBe("/vetting#warning-signs");
  });

  it("returns at most the best 20 hits, and says how many matched", async () => {
    const wide = await searchGuide("architect", 50);
    expect(wide.hits).toHaveLength(20);
    expect(wide.total).toBeGreaterThan(20);
    const narrow = await searchGuide("title inflation");
    expect(narrow.hits.length).toBeGreaterThan(0);
    expect(narrow.total).toBe(narrow.hits.length);
  });

  it("finds by prefix: 'vet' finds the vetting chapter", async () => {
    const { hits } = await searchGuide("vet", 5);
    expect(hits.some((hit) => hit.href.startsWith("/vetting"))).toBe(true);
  });

  it("forgives a small typo: 'complience' finds the compliance material", async () => {
    const { hits } = await searchGuide("complience", 5);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => hit.href.startsWith("/trends-and-regulation"))).toBe(true);
  });

  it.each(["HIPAA", "GDPR", "complience"])("a search for a regulation (%s) puts the regulation section in the top three", async (query) => {
    const { hits } = await searchGuide(query, 3);
    expect(hits.map((hit) => hit.href)).toContain("/trends-and-regulation#compliance");
  });

  it("answers a bare term with its glossary entry first, and a question with the chapters first", async () => {
    expect((await searchGuide("MLOps", 1)).hits[0]).toMatchObject({ href: "/glossary#mlops", kind: "definition" });
    expect(await top("HIPAA")).toBe("/glossary#hipaa");
    // A question about what something is goes to the definition; "what does HIPAA change" does not ask that.
    expect(await top("What is an AI Architect?")).toBe("/glossary#ai-architect");
    expect(await top("what does a software engineer do")).toBe("/glossary#software-engineer");
    expect(await top("what does SaaS mean")).toBe("/glossary#saas");
    const question = (await searchGuide("what does HIPAA change for hiring?", 20)).hits.map((hit) => hit.href);
    expect(question[0]).toMatch(/^\/(faq#how-do-regulations-affect-hiring|trends-and-regulation#compliance)$/);
    expect(question.indexOf("/glossary#hipaa")).toBeGreaterThan(question.indexOf("/trends-and-regulation#compliance"));
  });

  it("finds the salary data and the FAQ", async () => {
    expect((await searchGuide("salary", 5)).hits.some((hit) => hit.kind === "salary")).toBe(true);
    expect(await top("what does HIPAA change?")).toMatch(/^\/(faq#how-do-regulations-affect-hiring|trends-and-regulation#compliance)$/);
  });

  it("marks the matched words in the title and the excerpt", async () => {
    const { hits } = await searchGuide("HIPAA", 3);
    const compliance = hits.find((hit) => hit.href === "/trends-and-regulation#compliance")!;
    expect(compliance.excerpt.filter((part) => part.marked).map((part) => part.text.toLowerCase())).toContain("hipaa");
    expect(hits[0].titleParts.filter((part) => part.marked).map((part) => part.text)).toEqual(["HIPAA"]); // the glossary entry
  });
});

describe("hostile and empty queries never fail", () => {
  it.each(["", "   ", "x".repeat(2000), "😀🔥", '"quoted" \'single\'', "(a+)+$ [.*?", "<script>alert(1)</script>", "\u0000\u202e"])(
    "%#: returns normally",
    async (query) => {
      const result = await searchGuide(query);
      expect(Array.isArray(result.hits)).toBe(true);
      expect(result.query.length).toBeLessThanOrEqual(200);
    },
  );

  it("cuts long input and says so", () => {
    expect(normaliseQuery("word ".repeat(500))).toEqual({ query: Array(12).fill("word").join(" "), truncated: true });
    expect(normaliseQuery(["first", "second"])).toEqual({ query: "first", truncated: false });
    expect(normaliseQuery(undefined)).toEqual({ query: "", truncated: false });
  });
});

describe("makeExcerpt", () => {
  it("keeps list items apart: a block without closing punctuation is followed by a middle dot", () => {
    const text = "Rules call for disciplined architecture:\nGDPR in Europe\nHIPAA in US healthcare\nRules specific to finance\nWhere these rules apply, hire with care.\nNext paragraph.";
    const joined = makeExcerpt(text, ["hipaa"], 400).map((p) => p.text).join("");
    expect(joined).toBe("Rules call for disciplined architecture: GDPR in Europe · HIPAA in US healthcare · Rules specific to finance · Where these rules apply, hire with care. Next paragraph.");
  });

  it("keeps the match in a cut excerpt, and never starts or ends it on a list separator", () => {
    const items = Array.from({ length: 30 }, (_, i) => `item number ${i}`).join("\n");
    for (let length = 30; length <= 200; length += 1) {
      const parts = makeExcerpt(`${items}\nHIPAA is here\n${items}`, ["hipaa"], length);
      const joined = parts.map((p) => p.text).join("");
      expect(parts.some((p) => p.marked && p.text === "HIPAA"), `length ${length}: ${joined}`).toBe(true);
      expect(joined, `length ${length}`).not.toMatch(/^…·|·…$/);
    }
  });

  it("marks whole-word prefixes, case-insensitively, and keeps the text intact", () => {
    const parts = makeExcerpt("Vetting engineers needs proof of delivery.", ["vetting", "delivery"]);
    expect(parts).toEqual([
      { text: "Vetting", marked: true },
      { text: " engineers needs proof of ", marked: false },
      { text: "delivery", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("windows long text around the first match with ellipses", () => {
    const text = `${"filler ".repeat(40)}HIPAA rules ${"more ".repeat(60)}`;
    const parts = makeExcerpt(text, ["hipaa"], 80);
    const joined = parts.map((p) => p.text).join("");
    expect(joined.startsWith("…")).toBe(true);
    expect(joined.endsWith("…")).toBe(true);
    expect(parts.some((p) => p.marked && p.text === "HIPAA")).toBe(true);
  });
});
