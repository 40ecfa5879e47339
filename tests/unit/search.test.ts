import { describe, expect, it } from "vitest";
import { searchGuide } from "@/lib/search";
import { top } from "../support/search";
import { makeExcerpt } from "@/lib/search/excerpt";
import { normaliseQuery } from "@/lib/search/options";
import { describeHits, describeNoHits, maxListed, pageWindow, parsePage } from "@/lib/search/paging";
import { searchPath } from "@/lib/paths";


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
    // The guide's own question opens on the chapter that compares the two roles (its title names both).
    ["ai architect vs software engineer", "/the-two-roles"],
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

  it("tells a query of only common words from one that matched nothing", async () => {
    for (const query of ["a", "how much does it", "What is"]) {
      const result = await searchGuide(query);
      expect(result, query).toMatchObject({ total: 0, common: true });
      expect(describeNoHits(result.query, result.common), query).toMatch(/too common to search on/);
    }
    for (const query of ["kubernetes", "!!!", ""]) expect((await searchGuide(query)).common, query).toBe(false);
    expect(describeNoHits("kubernetes", false)).toBe("Nothing in the guide matches “kubernetes”. Try fewer or different words");
  });

  it("cuts long input and says so", () => {
    expect(normaliseQuery("word ".repeat(500))).toEqual({ query: Array(12).fill("word").join(" "), truncated: true });
    expect(normaliseQuery(["first", "second"])).toEqual({ query: "first", truncated: false });
    expect(normaliseQuery(undefined)).toEqual({ query: "", truncated: false });
    // Cut at whole characters, and before a word the cut falls inside: not half an emoji, not "arch".
    expect(normaliseQuery(`${"a".repeat(199)}😀 more`).query).toBe(`${"a".repeat(199)}😀`); // had ended in half of it
    expect(normaliseQuery(`${"x".repeat(195)} architecture`)).toEqual({ query: "x".repeat(195), truncated: true });
  });
});

describe("pages of results", () => {
  it.each([
    [undefined, 1],
    ["", 1],
    ["1", 1],
    ["2", 2],
    [" 3 ", 3],
    ["007", 7],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["1e3", 1],
    ["abc", 1],
    ["２", 1], // a full-width digit is not one of ours
    [["4", "9"], 4], // ?page=4&page=9: the first, as for the query
    [[], 1],
  ])("?page=%j is page %d", (raw, page) => {
    expect(parsePage(raw)).toBe(page);
  });

  it("moves a page past the last to the last, and never goes past the best maxListed", () => {
    expect(pageWindow(1, 0)).toEqual({ page: 1, pages: 1, offset: 0, listed: 0 });
    expect(pageWindow(2, 30)).toEqual({ page: 2, pages: 2, offset: 20, listed: 30 });
    expect(pageWindow(99, 30)).toEqual({ page: 2, pages: 2, offset: 20, listed: 30 });
    expect(pageWindow(parsePage("9".repeat(400)), 30)).toEqual({ page: 2, pages: 2, offset: 20, listed: 30 });
    expect(pageWindow(Number.NaN, 30).page).toBe(1);
    expect(pageWindow(3, 40)).toMatchObject({ page: 2, pages: 2 }); // two full pages, no empty third
    expect(pageWindow(1000, 5000)).toEqual({ page: maxListed / 20, pages: maxListed / 20, offset: maxListed - 20, listed: maxListed });
  });

  it("describes a list the same on /search and in the dialog", () => {
    expect(describeHits(0, 1, 1)).toBe("1 result");
    expect(describeHits(0, 3, 3)).toBe("3 results");
    expect(describeHits(0, 8, 60)).toBe("The best 8 of 60 results");
    expect(describeHits(20, 20, 60)).toBe("Results 21 to 40 of 60");
    expect(describeHits(20, 10, 30)).toBe("Results 21 to 30 of 30");
  });

  it("links a later page at its results, and the first without a page number", () => {
    expect(searchPath("build & buy")).toBe("/search?q=build%20%26%20buy");
    expect(searchPath("salary", 1)).toBe("/search?q=salary#results");
    expect(searchPath("salary", 2)).toBe("/search?q=salary&page=2#results");
  });

  it("pages through every hit of a query once, in ranking order, whatever the page size", async () => {
    const first = await searchGuide("architect");
    expect(first).toMatchObject({ page: 1, offset: 0 });
    expect(first.pages).toBeGreaterThan(1);
    const all = [];
    for (let page = 1; page <= first.pages; page++) all.push(...(await searchGuide("architect", 20, page)).hits.map((hit) => hit.href));
    expect(all).toHaveLength(Math.min(first.total, maxListed));
    expect(new Set(all).size).toBe(all.length);
    // A page that straddles the first twenty (kept ready made) is made from the kept ranking: the same hits.
    const straddling = await searchGuide("architect", 8, 3);
    expect(straddling.offset).toBe(16);
    expect(straddling.hits.slice(0, 4)).toEqual(first.hits.slice(16, 20));
    expect(straddling.hits.map((hit) => hit.href)).toEqual(all.slice(16, 24));
  });

  it("gives the last page for a page past it, and the one page of a narrow query", async () => {
    const wide = await searchGuide("architect", 20, 10_000);
    expect(wide.page).toBe(wide.pages);
    expect(wide.hits.length).toBeGreaterThan(0);
    const narrow = await searchGuide("title inflation", 20, 3);
    expect(narrow).toMatchObject({ page: 1, pages: 1, offset: 0 });
    expect(narrow.hits).toHaveLength(narrow.total);
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

  it("centres on the stretch with the most matched words, not on a lone common one before it", async () => {
    const marked = async (query: string, href: string) =>
      (await searchGuide(query, 20)).hits.find((hit) => hit.href === href)!.excerpt.filter((part) => part.marked).map((part) => part.text.toLowerCase());
    expect(await marked("DPO", "/trends-and-regulation#compliance")).toEqual(["data", "protection", "officer"]);
    expect(await marked("freelance", "/team-composition#fractional-architects")).toContain("fractional"); // not only "full-time"
    expect(makeExcerpt(`A cost. ${"filler ".repeat(30)}The pay and salary bands.`, ["cost", "pay", "salary"], 80).filter((part) => part.marked)).toHaveLength(2);
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
