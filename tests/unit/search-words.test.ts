import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { getAllChapters } from "@/lib/chapters";
import { faqEntries } from "@/lib/faq";
import { marketNotes, salaryBands } from "@/lib/salary-bands";
import { searchGuide } from "@/lib/search";
import { top } from "../support/search";
import { buildSearchDocuments } from "@/lib/search/documents";
import { indexOptions } from "@/lib/search/options";
import { concepts } from "@/lib/search/query";
import { synonymGroups } from "@/lib/search/synonyms";
import { tools } from "@/lib/tools/catalog";

// Readers search in their own words, and misspell them: the synonym groups (lib/search/synonyms.ts) and
// the typo correction that reaches them (lib/search/query.ts), on the real guide through the real index.


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
    ["reporting line", "/the-two-roles#reporting-line"], // the section the FAQ answer reads on to
    ["remote engineers", "/sourcing-and-cost#remote-and-cross-border"],
    ["onboarding", "/team-composition#first-months"],
    ["reference check", "/vetting#reference-checks"],
    ["head of AI", "/the-two-roles#head-of-ai-or-ml-lead"],
    ["first AI hire startup", "/why-you-need-both#first-ai-hire"],
    ["what is the AI act", "/glossary#eu-ai-act"],
    ["chief AI officer", "/the-two-roles#what-each-role-owns"], // two of three words beat one
    ["LLM", "/glossary#llm"],
    ["US salary", "/salaries#ai-architect-us"], // "us" is not a stop word: readers write "US"
    ["how long does it take to hire", "/sourcing-and-cost#specialist-agencies"],
    ["in-house vs outsourced", "/faq#internal-or-external"], // the agencies that cut the time to fill a role
    ["generative AI", "/glossary#generative-ai"], // "gen ai" as a synonym had found "generalist" by prefix
    ["questions to ask a software engineer", "/vetting#vetting-engineers"], // not the architect's five questions
    ["BAA", "/trends-and-regulation#compliance"],
    ["DPIA", "/trends-and-regulation#compliance"],
    ["pay range in job ad", "/sourcing-and-cost#pay-in-the-ad"], // the section on what the law asks of an ad
    ["salary transparency", "/sourcing-and-cost#pay-in-the-ad"],
    ["salary history", "/sourcing-and-cost#pay-in-the-ad"],
    ["interview process", "/vetting#hiring-steps"],
    ["DORA", "/trends-and-regulation#compliance"],
    ["recruiter fees", "/sourcing-and-cost#specialist-agencies"],
    ["secure data handling engineer", "/vetting#vetting-engineers"],
    ["freelancers", "/team-composition#fractional-architects"], // a plural the group does not list had found nothing
    ["consultants", "/team-composition#fractional-architects"],
    ["paying an AI Architect", "/salaries#ai-architect-us"], // the guide says "paying" once, of something else
    ["contractors", "/team-composition#fractional-architects"], // not only the contractor agreement of remote hiring
    ["CI/CD", "/glossary#ci-cd"], // two short words to the index: the glossary entry had come last
    ["cicd", "/glossary#ci-cd"],
    ["headhunter", "/sourcing-and-cost#specialist-agencies"], // had found nothing
    ["headhunters", "/sourcing-and-cost#specialist-agencies"],
    ["promote engineer to architect", "/team-composition#upskilling"], // had been fifth, behind any "architect" section
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

  it("matches a synonym as written, without typo allowance: 'GDPR' finds no 'production' through 'data protection'", async () => {
    const { hits } = await searchGuide("GDPR", 20);
    const marked = hits.flatMap((hit) => [...hit.titleParts, ...hit.excerpt]).filter((part) => part.marked);
    expect(marked.map((part) => part.text.toLowerCase())).not.toContain("production");
    expect(hits.slice(0, 2).map((hit) => hit.href)).toEqual(expect.arrayContaining(["/trends-and-regulation#compliance", "/glossary#gdpr"]));
  });

  it("finds the form the guide writes of an inflected word it does not use: 'vetted' finds the vetting chapter", async () => {
    expect((await searchGuide("vetted", 3)).hits.map((hit) => hit.href)).toContain("/vetting");
    // A word the guide uses is searched as written: "architects" is not cut to "architect".
    expect(concepts("architects", () => true)).toEqual([{ typed: ["architects"], alternatives: [["architects"]], known: true }]);
  });

  it("takes a word the guide uses as written, not as a typo of another: 'learning' is not 'warning'", async () => {
    expect((await searchGuide("learning", 3)).hits[0].href).toBe("/glossary#machine-learning");
    const deep = (await searchGuide("deep learning", 20)).hits.map((hit) => hit.href);
    expect(deep).not.toContain("/vetting#warning-signs");
    expect(deep).toContain("/glossary#machine-learning");
    // One letter of leeway stays, for the singular of a plural the guide also uses.
    expect((await searchGuide("frameworks", 20)).hits.map((hit) => hit.href)).toContain("/glossary#django-react"); // "framework"
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
    // A plural of a group word is that group, and is searched as typed too.
    const [plural] = concepts("freelancers");
    expect(plural.typed).toEqual(["freelancers"]);
    expect(plural.alternatives).toEqual(expect.arrayContaining([["freelancers"], ["freelancer"], ["fractional"]]));
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
});

describe("what readers type that is not a topic", () => {
  it("a possessive or a contraction's end is no word: HIPAA's finds what HIPAA finds, what's that is only common words", async () => {
    expect(await top("HIPAA's")).toBe(await top("HIPAA"));
    expect(await top("architect's salary")).toBe(await top("architect salary"));
    expect((await searchGuide("what's that")).common).toBe(true);
  });

  it("a plural in -ies or -es finds its singular, and the singular its plural", async () => {
    const hrefs = async (query: string) => new Set((await searchGuide(query, 20)).hits.map((hit) => hit.href));
    for (const [one, many] of [["company", "companies"], ["business", "businesses"]]) {
      const [singular, plural] = [await hrefs(one), await hrefs(many)];
      expect([...plural].some((href) => singular.has(href)), `${one} / ${many}`).toBe(true); // had no hit in common
    }
    for (const query of ["study", "summary"]) expect((await searchGuide(query)).total, query).toBeGreaterThan(0); // had found nothing
  });

  it("a compound written closed up finds what its hyphenated form finds (each had found nothing)", async () => {
    for (const [closed, hyphenated] of [["parttime", "part-time"], ["fulltime", "full-time"], ["takehome", "take-home"], ["inhouse", "in-house"]]) {
      const hits = (await searchGuide(hyphenated, 20)).hits.map((hit) => hit.href);
      expect(hits.length, hyphenated).toBeGreaterThan(0);
      expect((await searchGuide(closed, 20)).hits.map((hit) => hit.href), closed).toEqual(hits);
    }
  });

  it("a pay figure is found without its currency sign, and marked in the excerpt", async () => {
    const withSign = await searchGuide("$200K", 20);
    expect(withSign.total).toBeGreaterThan(0);
    expect((await searchGuide("200k", 20)).hits.map((hit) => hit.href)).toEqual(withSign.hits.map((hit) => hit.href));
    expect(withSign.hits.flatMap((hit) => hit.excerpt.filter((part) => part.marked).map((part) => part.text.toLowerCase()))).toContain("200k");
  });

  it("a question about what something is opens on a definition only when the definition names it", async () => {
    expect(await top("what is an AI Architect?")).toBe("/glossary#ai-architect");
    // No glossary entry names a work sample or salaries: the chapters answer (MLOps and pay transparency had).
    expect(await top("what is a work sample")).toBe("/vetting#work-sample");
    expect(await top("what are salaries")).not.toMatch(/^\/glossary/);
  });
});
