import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { faqEntries } from "@/lib/faq";
import { bandRegionLabel, describeBand, formatBandRange, formatSourceDate, getBand, salaryBands } from "@/lib/salary-bands";
import { currencySchema } from "@/lib/schemas/salary-band";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe("salary bands", () => {
  it("has at least one band, each with low <= high", () => {
    expect(salaryBands.length).toBeGreaterThan(0);
    for (const band of salaryBands) expect(band.low).toBeLessThanOrEqual(band.high);
  });

  it("uses only currencies the site can format", () => {
    for (const band of salaryBands) expect(currencySchema.options).toContain(band.currency);
  });

  it("gives every figure a named source with an ISO asOf date that is a real day", () => {
    for (const band of salaryBands) {
      expect(band.source.name.length).toBeGreaterThan(2);
      expect(band.source.asOf).toMatch(isoDate);
      expect(new Date(`${band.source.asOf}T00:00:00Z`).toISOString().slice(0, 10)).toBe(band.source.asOf);
    }
  });

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
  it("has exactly the 10 questions of the guide", () => {
    expect(faqEntries).toHaveLength(10);
  });

  it("has unique kebab-case ids (they are anchors on /faq)", () => {
    const ids = faqEntries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("points every entry only at chapters that exist", async () => {
    const { chapters } = await loadContent(process.cwd());
    const slugs = new Set(chapters.map((chapter) => chapter.slug));
    const missing = faqEntries.flatMap((entry) =>
      entry.chapters.filter((slug) => !slugs.has(slug)).map((slug) => `${entry.id} -> ${slug}`),
    );
    expect(missing).toEqual([]);
    expect(slugs.size).toBeGreaterThan(0);
  });
});
