import { describe, expect, it } from "vitest";
import { articleFrontmatterSchema, guideExtent } from "@/lib/schemas/article";
import { faqSchema } from "@/lib/schemas/faq";
import { mdxComponentPropsSchemas } from "@/lib/schemas/mdx-props";
import { salaryBandSchema } from "@/lib/schemas/salary-band";

const validFrontmatter = {
  title: "Hiring checklist for AI teams",
  description: "A one-page checklist to run before you open a role for an AI Architect or a Software Engineer.",
  order: 9,
  updated: "2026-04-17",
};

const validBand = {
  role: "ai-architect",
  region: "US",
  currency: "USD",
  low: 200000,
  high: 350000,
  source: { name: "Market survey", asOf: "2026-04-17" },
};

const validFaqEntry = {
  id: "how-long-does-hiring-take",
  question: "How long does it take to hire an AI Architect?",
  answer: "Usually between two and four months, depending on the market and how clear the role is.",
  chapters: ["sourcing-and-cost"],
  more: "/sourcing-and-cost#specialist-agencies",
};

describe("articleFrontmatterSchema", () => {
  it("accepts a valid chapter frontmatter and defaults draft and reference to false", () => {
    expect(articleFrontmatterSchema.parse(validFrontmatter)).toEqual({ ...validFrontmatter, reference: false, draft: false });
  });

  it("rejects a missing title", () => {
    const { title: _title, ...withoutTitle } = validFrontmatter;
    expect(() => articleFrontmatterSchema.parse(withoutTitle)).toThrow(/title/);
  });

  it("rejects a title longer than 70 characters", () => {
    expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, title: "A".repeat(71) })).toThrow(
      /longer than 70 characters/,
    );
  });

  it("rejects a description under 70 or over 160 characters", () => {
    expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, description: "Too short to describe a chapter." })).toThrow(
      /shorter than 70 characters/,
    );
    expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, description: "word ".repeat(40) })).toThrow(
      /longer than 160 characters/,
    );
  });

  it("rejects dates that are not real YYYY-MM-DD dates, or lie in the future", () => {
    expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, updated: "2026-13-45" })).toThrow(/not a date in the calendar/);
    expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, updated: "2026-02-29" })).toThrow(/not a date in the calendar/);
    expect(articleFrontmatterSchema.parse({ ...validFrontmatter, updated: "2024-02-29" }).updated).toBe("2024-02-29");
    expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, updated: "17 April 2026" })).toThrow(/YYYY-MM-DD/);
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, updated: inTwoDays })).toThrow(/in the future/);
    // An editor ahead of UTC may already be on tomorrow's date.
    expect(articleFrontmatterSchema.parse({ ...validFrontmatter, updated: tomorrow }).updated).toBe(tomorrow);
  });

  it("rejects a title in quotation marks, which would show on the page", () => {
    for (const title of ["“Hiring checklist for teams”", '"Hiring checklist for teams"', "'Hiring checklist for teams'"]) {
      expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, title }), title).toThrow(/quotation marks/);
    }
    expect(articleFrontmatterSchema.parse({ ...validFrontmatter, title: "The “optimal” team, explained" }).title).toBe("The “optimal” team, explained");
  });

  it("rejects an order that is not a whole number", () => {
    expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, order: 2.5 })).toThrow(/whole number/);
  });

  it("rejects an unknown key such as the typo `titel`", () => {
    expect(() => articleFrontmatterSchema.parse({ ...validFrontmatter, titel: "Hiring checklist" })).toThrow(/titel/);
  });
});

describe("guideExtent", () => {
  const part = (title: string, reference = false) => ({ frontmatter: { title, reference } });
  it("counts the chapters and names the reference parts apart, as the pages head them", () => {
    expect(guideExtent([part("One"), part("Two"), part("Three"), part("Glossary of AI hiring terms", true)])).toBe("3 chapters and a glossary of AI hiring terms");
    expect(guideExtent([part("One"), part("Index", true), part("Glossary", true)])).toBe("1 chapter, an index, and a glossary");
    expect(guideExtent([part("One"), part("Two")])).toBe("2 chapters");
  });
});

describe("salaryBandSchema", () => {
  it("accepts a valid band", () => {
    expect(salaryBandSchema.parse(validBand)).toEqual({ ...validBand, openEnded: false, source: { ...validBand.source, asOfKind: "figure-date" } });
  });

  it("accepts a band whose source names no region, and keeps it without one", () => {
    const { region: _region, ...noRegion } = validBand;
    expect(salaryBandSchema.parse(noRegion).region).toBeUndefined();
    expect(() => salaryBandSchema.parse({ ...validBand, region: "" })).toThrow(/region/);
  });

  it("says what an as-of date is: the figure's date, or only the source page's last edit", () => {
    const source = { ...validBand.source, asOfKind: "page-last-edited" };
    expect(salaryBandSchema.parse({ ...validBand, source }).source.asOfKind).toBe("page-last-edited");
    expect(() => salaryBandSchema.parse({ ...validBand, source: { ...source, asOfKind: "guessed" } })).toThrow(/asOfKind/);
  });

  it("rejects a band whose low is above its high, saying so", () => {
    expect(() => salaryBandSchema.parse({ ...validBand, low: 400000 })).toThrow(/low must be less than or equal to high/);
  });

  it("rejects a yearly figure with a zero too many, or written in cents, saying so", () => {
    expect(() => salaryBandSchema.parse({ ...validBand, high: 3_500_000 })).toThrow(/over 2,000,000 a year: check for a zero too many/);
    expect(() => salaryBandSchema.parse({ ...validBand, low: 20_000_000, high: 35_000_000 })).toThrow(/in cents/);
    expect(salaryBandSchema.parse({ ...validBand, high: 2_000_000 }).high).toBe(2_000_000);
  });

  it("rejects an unknown currency", () => {
    expect(() => salaryBandSchema.parse({ ...validBand, currency: "XYZ" })).toThrow(/currency/);
  });

  it("rejects a source without an asOf date", () => {
    expect(() => salaryBandSchema.parse({ ...validBand, source: { name: "Market survey" } })).toThrow(/asOf/);
  });
});

describe("faqSchema", () => {
  it("accepts a list of distinct entries", () => {
    const second = { ...validFaqEntry, id: "what-does-an-architect-cost" };
    expect(faqSchema.parse([validFaqEntry, second])).toEqual([validFaqEntry, second]);
  });

  it("rejects two entries with the same id", () => {
    expect(() => faqSchema.parse([validFaqEntry, { ...validFaqEntry }])).toThrow(
      /duplicate FAQ id .*how-long-does-hiring-take/,
    );
  });

  it("rejects a question that does not end with a question mark", () => {
    expect(() => faqSchema.parse([{ ...validFaqEntry, question: "How long does it take to hire an AI Architect." }])).toThrow(
      /question mark/,
    );
  });

  it("requires a root-relative Read more link", () => {
    const { more: _more, ...withoutMore } = validFaqEntry;
    expect(() => faqSchema.parse([withoutMore])).toThrow(/more/);
    expect(() => faqSchema.parse([{ ...validFaqEntry, more: "https://example.com/vetting" }])).toThrow(/root-relative link/);
  });
});

describe("mdxComponentPropsSchemas", () => {
  it("accepts a Callout of a known type and rejects type danger", () => {
    expect(mdxComponentPropsSchemas.Callout.parse({ type: "tip" })).toEqual({ type: "tip" });
    expect(() => mdxComponentPropsSchemas.Callout.parse({ type: "danger" })).toThrow(/note.*tip.*warning/s);
  });

  it("rejects a Figure with empty alt text", () => {
    const figure = { src: "/images/team.png", alt: "Team chart", width: 800, height: 450 };
    expect(mdxComponentPropsSchemas.Figure.parse(figure)).toEqual(figure);
    expect(() => mdxComponentPropsSchemas.Figure.parse({ ...figure, alt: "  " })).toThrow(/alt text is required/);
  });
});
