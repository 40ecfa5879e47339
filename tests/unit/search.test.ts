import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { getAllChapters } from "@/lib/chapters";
import { faqEntries } from "@/lib/faq";
import { marketNotes, salaryBands } from "@/lib/salary-bands";
import { searchGuide } from "@/lib/search";
import { buildSearchDocuments } from "@/lib/search/documents";
import { tools } from "@/lib/tools/catalog";
import { makeExcerpt } from "@/lib/search/excerpt";
import { indexOptions, normaliseQuery } from "@/lib/search/options";
import { concepts } from "@/lib/search/query";
import { synonymGroups } from "@/lib/search/synonyms";

/** Top result for a query, on the real content through the real index. */
async function top(query: string) {
  const { hits } = await searchGuide(query, 5);
  return hits[0]?.href;
}

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

  it.each([
    ["intervewing", /interview/i],
    ["recruting", /hir(e|ing)|recruit/i],
  ])("forgives a typo in a word only a synonym group knows: '%s'", async (query, word) => {
    const { hits } = await searchGuide(query, 3);
    expect(hits.length).toBe(3);
    for (const hit of hits) expect([...hit.titleParts, ...hit.excerpt].filter((part) => part.marked).map((part) => part.text).join(" "), hit.href).toMatch(word);
  });

  it("corrects only a word the guide does not use, to the closest group word, and never a short one", () => {
    const alternatives = (query: string, known: boolean) => concepts(query, () => known)[0].alternatives.map((words) => words.join(" "));
    expect(alternatives("recruting", false)).toEqual(expect.arrayContaining(["recruting", "recruiting", "hire"]));
    expect(alternatives("recruting", true)).toEqual(["recruting"]); // the guide uses it: it is not a typo
    expect(alternatives("ranking", false)).toEqual(["ranking"]); // one letter from "banking", but a word of its own
    expect(alternatives("outsourced", false)).toEqual(["outsourced"]); // "outsource" inflected, not misspelt
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

describe("a reader's own words find the guide's", () => {
  // Questions as readers type them, in words the guide does not use: the first hit must answer them.
  it.each([
    ["red flags", "/vetting#warning-signs"],
    ["freelance", "/team-composition#fractional-architects"],
    ["hire a contractor", "/team-composition#fractional-architects"],
    ["how much does an AI Architect cost?", "/salaries#ai-architect-us"],
    ["take-home test", "/vetting#vetting-engineers"],
    ["upskill engineers", "/team-composition#upskilling"],
    ["do I need an AI Architect?", "/the-two-roles"], // the title of the box that answers it
    ["bonus", "/faq#how-does-compensation-compare"],
    ["stock options", "/faq#how-does-compensation-compare"],
    ["CV", "/vetting#beyond-the-resume"],
    ["résumé", "/vetting#beyond-the-resume"],
    ["does a degree matter", "/vetting#over-reliance-on-education"],
    ["bad hire", "/why-you-need-both#the-cost-of-the-wrong-hire"],
    ["nearshoring", "/sourcing-and-cost#offshore-and-nearshore"],
    ["reporting line", "/faq#where-do-architects-report"],
    ["chief AI officer", "/the-two-roles#what-each-role-owns"], // two of three words beat one
    ["LLM", "/glossary#llm"],
    ["US salary", "/salaries#ai-architect-us"], // "us" is not a stop word: readers write "US"
    ["how long does it take to hire", "/sourcing-and-cost#specialist-agencies"],
    ["in-house vs outsourced", "/faq#internal-or-external"], // the agencies that cut the time to fill a role
    ["generative AI", "/glossary#generative-ai"], // "gen ai" as a synonym had found "generalist" by prefix
  ])("%s → %s", async (query, expected) => {
    expect(await top(query)).toBe(expected);
  });

  it("puts hits that match every word first: 'interview questions' opens on the architect questions, not the FAQ's introduction", async () => {
    const { hits } = await searchGuide("interview questions", 5);
    expect(hits[0].href).toBe("/vetting#architect-questions");
    expect(hits.slice(0, 2).map((hit) => hit.href)).toContain("/scorecard");
  });

  it("counts a synonym below the word typed: 'cost of a wrong hire' stays on that section, 'salary' on the salaries", async () => {
    expect(await top("cost of a wrong hire")).toBe("/why-you-need-both#the-cost-of-the-wrong-hire");
    expect((await searchGuide("salary", 2)).hits.map((hit) => hit.kind)).toEqual(["salary", "salary"]); // both bands before any "cost" section
  });

  it("marks whole words only, and shows a salary band's figure once, without its source line", async () => {
    for (const hit of (await searchGuide("AI ML", 20)).hits) {
      const text = [...hit.titleParts, ...hit.excerpt].map((part) => (part.marked ? `[${part.text}]` : part.text)).join("");
      expect(text, hit.href).not.toMatch(/\][a-z]/i); // "[Ai]rflow", "[ML]Ops"
    }
    const band = (await searchGuide("AI Architect salary US", 1)).hits[0];
    const excerpt = band.excerpt.map((part) => part.text).join("");
    expect(band.href).toBe("/salaries#ai-architect-us");
    expect(excerpt.match(/\$\d+K/g)).toHaveLength(2); // low and high, once
    expect(excerpt).not.toContain("Source:");
  });

  it("marks the guide's word that a synonym found", async () => {
    const [hit] = (await searchGuide("freelance", 1)).hits;
    expect(hit.titleParts.filter((part) => part.marked).map((part) => part.text)).toContain("Fractional");
  });

  it("leads every synonym group with a word the guide uses, found without any synonym", async () => {
    // The same documents and options as lib/search.ts, searched plainly: no synonyms, no prefixes, no typos.
    const index = new MiniSearch(indexOptions);
    index.addAll(buildSearchDocuments({ chapters: await getAllChapters(), faq: faqEntries, bands: salaryBands, notes: marketNotes, tools, faqPath: "/faq" }));
    for (const [own] of synonymGroups) expect(index.search(own, { combineWith: "AND" }).length, own).toBeGreaterThan(0);
    expect(index.search("freelance", { combineWith: "AND" })).toEqual([]); // a reader's word, found only through its group
  });

  it("reads a phrase from the synonym list as one concept, longest phrase first, and drops question words", () => {
    expect(concepts("What are the red flags for a part-time architect?").map((concept) => concept.typed)).toEqual([["red", "flags"], ["part", "time"], ["architect"]]);
    expect(concepts("how much does it")).toEqual([]);
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
