import { describe, expect, it } from "vitest";
import { faqEntries } from "@/lib/faq";
import { formatBandRange, getBand } from "@/lib/salary-bands";

describe("salary bands", () => {
  // The seed's market benchmarks are the guide's source figures.
  it.each([
    ["ai-architect", { low: 200000, high: 350000, openEnded: true, currency: "USD" }],
    ["software-engineer", { low: 100000, high: 190000, openEnded: false, currency: "USD" }],
  ] as const)("holds the guide's source figures for %s in the US", (role, figures) => {
    const band = getBand(role, "US");
    expect(band && { low: band.low, high: band.high, openEnded: band.openEnded, currency: band.currency }).toEqual(figures);
  });

  it("shows the bands to readers as $200K–$350K+ and $100K–$190K", () => {
    expect(formatBandRange(getBand("ai-architect", "US")!)).toBe("$200K–$350K+");
    expect(formatBandRange(getBand("software-engineer", "US")!)).toBe("$100K–$190K");
  });
});

describe("FAQ entries", () => {
  it("has exactly the 10 questions of the guide", () => {
    expect(faqEntries).toHaveLength(10);
  });
});
