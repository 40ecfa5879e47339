import { describe, expect, it } from "vitest";
import { inSentence } from "@/lib/format";
import { faqEntries } from "@/lib/faq";
import { bandLabel, bandRegionLabel, describeBand, formatBandRange, formatSourceDate, getBand, salaryBands } from "@/lib/salary-bands";

describe("salary bands", () => {
  // The seed's market benchmarks are the guide's source figures. It names a region (US) for the architect
  // band only, so the engineer band has none.
  it.each([
    ["ai-architect", { region: "US", low: 200000, high: 350000, openEnded: true, currency: "USD" }],
    ["software-engineer", { region: undefined, low: 100000, high: 190000, openEnded: false, currency: "USD" }],
  ] as const)("holds the guide's source figures for %s", (role, figures) => {
    const band = getBand(role);
    expect(band && { region: band.region, low: band.low, high: band.high, openEnded: band.openEnded, currency: band.currency }).toEqual(figures);
  });

  it("shows the bands to readers as $200K–$350K+ (US) and $100K–$190K (region not stated)", () => {
    const architect = getBand("ai-architect", "US")!;
    const engineer = getBand("software-engineer")!;
    expect([formatBandRange(architect), bandRegionLabel(architect)]).toEqual(["$200K–$350K+", "US"]);
    expect([formatBandRange(engineer), bandRegionLabel(engineer)]).toEqual(["$100K–$190K", "region not stated"]);
    expect(describeBand(engineer)).toBe("Software Engineer, region not stated: $100K to $190K a year");
    // The tools label every figure through bandLabel: the engineer band never gains a region there either.
    expect(bandLabel(architect)).toBe("AI Architect, US");
    expect(bandLabel(engineer)).toBe("Software Engineer, region not stated");
    expect(getBand("software-engineer", "US")).toBeUndefined();
  });

  it("dates the figures by the source page's last edit, and says so", () => {
    for (const band of salaryBands) {
      expect(formatSourceDate(band.source)).toBe("as of the source page's last edit, 17 April 2026");
    }
    expect(formatSourceDate({ asOf: "2026-04-17", asOfKind: "figure-date" })).toBe("as of 17 April 2026");
  });
});

describe("FAQ entries", () => {
  // The source (../shared/seed, outside this repository, so not read here) asks ten questions in its FAQ.
  it("answers the source's 10 FAQ questions, one entry each", () => {
    expect(faqEntries).toHaveLength(10);
  });
});

describe("inSentence", () => {
  it("lowers an ordinary first word and keeps names and acronyms as written", () => {
    expect(inSentence("Rules specific to finance")).toBe("rules specific to finance");
    expect(inSentence("A full-time AI Architect")).toBe("a full-time AI Architect");
    expect(inSentence("No AI Architect hire yet")).toBe("no AI Architect hire yet");
    expect(inSentence("Glossary of AI hiring terms")).toBe("glossary of AI hiring terms");
    for (const name of ["GDPR in Europe", "FAQ", "AI Architect", "Software Engineer", "already lower"]) expect(inSentence(name)).toBe(name);
  });
});
