import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PlanResult } from "@/components/tools/plan-result";
import { loadContent, type Chapter } from "@/lib/content/load";
import { bandLabel, bandRegionLabel, formatBandRange, marketNotes, salaryBands } from "@/lib/salary-bands";
import type { SalaryBand } from "@/lib/schemas/salary-band";
import { allAnswerCombinations, evaluatePlan } from "@/lib/tools/plan";
import { planBandFor, sumRanges, teamCost } from "@/lib/tools/plan-cost";
import { planPageData } from "@/lib/tools/plan-page";
import { planSummary } from "@/lib/tools/plan-text";
import { planRules } from "@/lib/tools/plan-rules";
import { site } from "@/lib/site";

const combinations = allAnswerCombinations(planRules);
const architect = planBandFor("ai-architect", salaryBands)!;
const engineer = planBandFor("software-engineer", salaryBands)!;
const find = (predicate: (plan: ReturnType<typeof evaluatePlan>) => boolean) =>
  combinations.map((answers) => evaluatePlan(planRules, answers)).find(predicate)!;

let chapters: Chapter[];
beforeAll(async () => {
  chapters = (await loadContent(process.cwd())).chapters;
});

describe("what the team costs (figures from lib/salary-bands.ts only)", () => {
  it("adds one architect band and count × the engineer band, keeping the architect band's open top", () => {
    const plan = find((p) => p.architect.value === "full-time");
    const cost = teamCost(plan, salaryBands);
    const n = plan.engineers.value;
    expect(cost.total).toEqual({
      low: architect.low + n * engineer.low,
      high: architect.high + n * engineer.high,
      openEnded: architect.openEnded || engineer.openEnded,
      currency: architect.currency,
    });
    expect(cost.unpriced).toEqual([]);
    expect(cost.bands).toEqual([architect, engineer]);
    expect(formatBandRange(cost.total!).endsWith("+")).toBe(architect.openEnded);
  });

  it("shows a total over a million with its hundreds of thousands, not rounded down to the million", () => {
    // One architect and four engineers: $350K + 4 × $190K = $1.11M at the top (it used to read "$1M+").
    const plan = find((p) => p.architect.value === "full-time" && p.engineers.value === 4);
    const total = teamCost(plan, salaryBands).total!;
    expect(total.high).toBe(architect.high + 4 * engineer.high);
    expect(formatBandRange(total)).toBe("$600K–$1.11M+");
  });

  it("ends the chart's axis on a round figure past the total, not on a computed one", () => {
    const answers = combinations.find((a) => {
      const plan = evaluatePlan(planRules, a);
      return plan.architect.value === "full-time" && plan.engineers.value === 4;
    })!;
    const { plan, cost, sectionNames, shareHref } = planPageData(answers, chapters).result!;
    const html = renderToStaticMarkup(<PlanResult labels={planRules.labels} marketNotes={marketNotes} plan={plan} cost={cost} sectionNames={sectionNames} shareHref={shareHref} />);
    // $1.11M × 1.12 = $1.2432M, rounded up to the next $100K.
    expect(html).toContain("<span>$1.3M</span>");
    expect(html).not.toContain("$1.243M");
  });

  it("prices a fractional architect at nothing rather than inventing a rate, and says so", () => {
    const plan = find((p) => p.architect.value === "fractional");
    const cost = teamCost(plan, salaryBands);
    expect(cost.unpriced).toEqual(["ai-architect"]);
    expect(cost.total).toEqual({ low: plan.engineers.value * engineer.low, high: plan.engineers.value * engineer.high, openEnded: engineer.openEnded, currency: engineer.currency });
    expect(cost.lines.find((line) => line.role === "ai-architect")).toMatchObject({ band: undefined, range: undefined });
  });

  it("leaves a role unpriced rather than picking one region when the data has bands for several", () => {
    const plan = find((p) => p.architect.value === "full-time");
    const twoRegions = [...salaryBands, { ...architect, region: "UK", currency: "GBP" as const }];
    const cost = teamCost(plan, twoRegions);
    expect(cost.unpriced).toEqual(["ai-architect"]);
    expect(cost.lines.find((line) => line.role === "ai-architect")).toMatchObject({ band: undefined, range: undefined });
  });

  it("says in the one-line summary when the fractional architect is left out of the figure, and beside the total when its bands' regions differ", () => {
    const render = (predicate: (plan: ReturnType<typeof evaluatePlan>) => boolean) => {
      const answers = combinations.find((a) => predicate(evaluatePlan(planRules, a)))!;
      const { plan, cost, sectionNames, shareHref } = planPageData(answers, chapters).result!;
      return renderToStaticMarkup(<PlanResult labels={planRules.labels} marketNotes={marketNotes} plan={plan} cost={cost} sectionNames={sectionNames} shareHref={shareHref} />);
    };
    const fractional = render((p) => p.architect.value === "fractional");
    expect(fractional).toMatch(new RegExp(`Yearly salaries \\(engineers only; the fractional architect is not priced\\): \\$[^(]+ \\(${bandRegionLabel(engineer)}\\)\\.`));
    // One priced line: the chart draws it once, with no "Team total" bar equal to it (the table keeps the total).
    expect(fractional.match(/Team total/g)).toHaveLength(1);
    // The answer ends with the next steps: the job ad, the interview, the agency.
    for (const href of ['href="/job-descriptions"', 'href="/scorecard"', 'href="/consultation?role=fractional-architect"']) expect(fractional).toContain(href);
    expect(fractional).toContain("about a fractional architect and these hires"); // the consultation form offers one
    const full = render((p) => p.architect.value === "full-time");
    // The architect band is US, the engineer band names no region (lib/data/salary-bands.ts): the one-line summary,
    // which is also a shared plan's link preview, says so beside the total, as the table does.
    expect(architect.region).not.toBe(engineer.region);
    expect(full).toMatch(new RegExp(`Yearly salaries: \\$[^(]+ \\(a rough sum: ${bandLabel(architect)}; ${bandLabel(engineer)}\\)\\.`));
    expect(full).toContain("whose bands may not cover the same region");
    // The "+" of a band with no stated top is explained only where a figure shows one.
    expect(fractional.includes("no stated top")).toBe(engineer.openEnded);
    expect(full.includes("no stated top")).toBe(architect.openEnded || engineer.openEnded);
  });

  it("says who gives the agency advice (the publisher is an agency) where the plan recommends one, and only there", () => {
    const disclosure = `${site.publisher}, which publishes this guide, is such an agency`;
    for (const fits of [true, false]) {
      const answers = combinations.find((a) => evaluatePlan(planRules, a).agency.value === fits)!;
      const { plan, cost, sectionNames, shareHref } = planPageData(answers, chapters).result!;
      const html = renderToStaticMarkup(<PlanResult labels={planRules.labels} marketNotes={marketNotes} plan={plan} cost={cost} sectionNames={sectionNames} shareHref={shareHref} />);
      expect(html).toContain(fits ? planRules.labels.agency.fits : planRules.labels.agency.optional);
      expect(html.includes(disclosure), `agency ${fits ? "fits" : "optional"}`).toBe(fits);
    }
  });

  it("counts an architect already on the team, and none when no architect is hired yet", () => {
    const inPlace = teamCost(find((p) => p.architect.value === "in-place"), salaryBands);
    expect(inPlace.lines[0]).toMatchObject({ role: "ai-architect", existing: true, range: { low: architect.low, high: architect.high } });
    const noneYet = teamCost(find((p) => p.architect.value === "none-yet"), salaryBands);
    expect(noneYet.lines.map((line) => line.role)).toEqual(["software-engineer"]);
  });

  it("tells a reader who keeps their architect what the new hires cost, apart from the whole team", () => {
    const answers = combinations.find((a) => evaluatePlan(planRules, a).architect.value === "in-place")!;
    const { plan, cost, sectionNames, shareHref } = planPageData(answers, chapters).result!;
    const engineersLine = cost.lines.find((line) => line.role === "software-engineer")!;
    expect(plan.engineers.value).toBeGreaterThan(0);
    expect(cost.newHires).toEqual(engineersLine.range); // the architect is already paid; only the engineers are new
    expect(cost.newHires!.high).toBeLessThan(cost.total!.high);
    const html = renderToStaticMarkup(<PlanResult labels={planRules.labels} marketNotes={marketNotes} plan={plan} cost={cost} sectionNames={sectionNames} shareHref={shareHref} />);
    expect(html).toContain(`Yearly salaries: ${formatBandRange(cost.total!)} (a rough sum: ${bandLabel(architect)}; ${bandLabel(engineer)}) for the whole team, ${formatBandRange(engineersLine.range!)} of it for new hires.`);
    expect(html.match(/data-cost-new-hires[^>]*>([^<]+)</)?.[1]).toBe(formatBandRange(engineersLine.range!));
    // Nobody already on the team: the total is what the hires cost, and no second figure says it again.
    expect(teamCost(find((p) => p.architect.value === "full-time"), salaryBands).newHires).toBeUndefined();
  });

  it("says none of the figure is for new hires when the plan keeps the architect and adds nobody", () => {
    const kept = find((p) => p.architect.value === "in-place");
    const cost = teamCost({ ...kept, engineers: { ...kept.engineers, value: 0 } }, salaryBands); // no rule says this today; the schema allows it
    expect(cost.total).toBeDefined();
    expect(cost.newHires).toMatchObject({ low: 0, high: 0 });
    expect(planSummary({ labels: planRules.labels, plan: { ...kept, engineers: { ...kept.engineers, value: 0 } }, cost })).toContain(
      `Yearly salaries: ${formatBandRange(cost.total!)} (${bandRegionLabel(architect)}) for the whole team, none of it for new hires.`,
    );
  });

  it("says the range counts the engineers a reader already employs, and only to a reader who has some", () => {
    const render = (team: string) => {
      const answers = combinations.find((a) => a.team === team && evaluatePlan(planRules, a).engineers.value > 1)!;
      const { plan, cost, sectionNames, shareHref } = planPageData(answers, chapters).result!;
      return renderToStaticMarkup(<PlanResult labels={planRules.labels} marketNotes={marketNotes} plan={plan} cost={cost} sectionNames={sectionNames} shareHref={shareHref} />);
    };
    const withEngineers = render("engineers");
    expect(withEngineers).toMatch(/\d × Software Engineer \(counting those you employ\)/);
    expect(withEngineers).toContain("Count any engineers you already employ"); // the note says what to do about it
    expect(withEngineers).toMatch(/Yearly salaries[^:]*: \$[^.]*, counting the engineers you employ\./); // and so does the summary
    for (const html of [render("none"), render("architect")]) expect(html).not.toContain("counting those you employ");
    // A team whose architecture has an owner usually has engineers too: the new hires' figure counts every engineer
    // as new, and the note says to count those already employed.
    expect(render("architect")).toContain("Count any engineers you already employ");
    expect(render("none")).not.toContain("Count any engineers you already employ");
  });

  it("refuses to add up different currencies", () => {
    const eur: SalaryBand = { ...engineer, currency: "EUR" };
    expect(sumRanges([architect, eur])).toBeUndefined();
    expect(sumRanges([])).toBeUndefined();
  });
});

describe("every combination of answers", () => {
  it("links only to sections that exist: 'where to find an architect'", () => {
    const sourcing = chapters.find((chapter) => chapter.slug === "sourcing-and-cost")!;
    expect(JSON.stringify(sourcing.toc)).toContain('"where-to-look"');
  });

  it("gets a full answer that renders on the server, with its reasons, links and figures", () => {
    expect(combinations.length).toBeGreaterThan(0);
    for (const answers of combinations) {
      const data = planPageData(answers, chapters);
      expect(data.result, JSON.stringify(answers)).toBeDefined();
      const { plan, cost, sectionNames, shareHref } = data.result!;
      const html = renderToStaticMarkup(<PlanResult labels={planRules.labels} marketNotes={marketNotes} plan={plan} cost={cost} sectionNames={sectionNames} shareHref={shareHref} />);
      const text = html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
      expect(text).toContain(planRules.labels.seat[plan.architect.value]);
      for (const point of [plan.architect, plan.engineers, plan.agency, plan.approach, ...plan.notes]) {
        expect(text).toContain(point.reason);
        expect(html).toContain(`href="${point.href}"`);
        expect(sectionNames[point.href], point.href).not.toBe(point.href); // a real section name, not the bare link
      }
      expect(!cost.total || text.includes(formatBandRange(cost.total)), "the team's total").toBe(true);
      expect(cost.unpriced.length === 0 || text.includes(planRules.labels.fractionalCost), "the unpriced note").toBe(true);
      expect(text).toContain(planRules.labels.offshoreCost);
      // A plan with an architect to find says where to look, not only the publisher's own form; the section is there.
      const findsArchitect = plan.architect.value === "fractional" || plan.architect.value === "full-time";
      expect(html.includes('href="/sourcing-and-cost#where-to-look"'), plan.architect.value).toBe(findsArchitect);
      // The figure a reader copies into a budget says, beside it, what it leaves out.
      expect(text).toContain("Yearly salaries of this team");
      expect(text).toContain(planRules.labels.salariesOnly);
      expect(html).toContain(`href="${shareHref.replaceAll("&", "&amp;")}#answer"`);
    }
  });
});
