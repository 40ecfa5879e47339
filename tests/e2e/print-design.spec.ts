import { expect, test, type Page } from "@playwright/test";
import { allAnswerCombinations, evaluatePlan } from "../../lib/tools/plan";
import { planHref } from "../../lib/tools/plan-params";
import { planRules } from "../../lib/tools/plan-rules";
import { contrast, desktop, hydrated } from "./helpers";

// What printing and reading show, found by an audit against the design brief: bars that vanished on paper,
// a printed planner that was mostly questionnaire, "0 out of 20" on a blank sheet, lines too long to read,
// search highlights too faint in the dark theme.

/** Whether each element matched by `selector` is displayed when the page is printed. */
const printedDisplay = async (page: Page, selector: string) => {
  await page.emulateMedia({ media: "print" });
  const shown = await page.locator(selector).evaluateAll((all) => all.map((el) => getComputedStyle(el).display !== "none" && el.checkVisibility()));
  await page.emulateMedia({ media: "screen" });
  return shown;
};

test.describe("printing", () => {
  test("salary bars print in colour even with the browser's background graphics off", async ({ page }) => {
    await page.goto("/salaries");
    await page.emulateMedia({ media: "print" });
    const adjust = await page.locator("[data-chart-bar]").evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar.firstElementChild!).printColorAdjust));
    expect(adjust.length).toBeGreaterThan(0);
    expect(new Set(adjust)).toEqual(new Set(["exact"]));
  });

  test("a line that introduces a list stays on the page with it, also when the list sits in its own box (the five questions)", async ({ page }) => {
    await page.goto("/vetting");
    await page.emulateMedia({ media: "print" });
    const intro = page.locator("[data-architect-questions]").locator("xpath=preceding-sibling::p[1]");
    expect(await intro.evaluate((p) => getComputedStyle(p).breakAfter)).toBe("avoid"); // was "auto": the questions began a page apart
    // The chapter's footer (its date is under the title) does not print: it had taken a sheet of its own.
    expect(await printedDisplay(page, "article > footer")).toEqual([false]);
  });

  test("a paragraph before a chart may end its page: kept with the chart, it had been cut mid-sentence", async ({ page }) => {
    await page.goto("/sourcing-and-cost");
    await page.emulateMedia({ media: "print" });
    const before = page.locator("article figure").first().locator("xpath=preceding-sibling::p[1]");
    expect(await before.evaluate((p) => getComputedStyle(p).breakAfter)).toBe("auto");
  });

  test("a bordered box is not split across pages: the market notes, and what a team costs", async ({ page }) => {
    const answers = allAnswerCombinations(planRules).find((a) => evaluatePlan(planRules, a).architect.value === "full-time")!;
    for (const [route, selector] of [["/salaries", "section[id] .font-semibold"], [planHref(answers, planRules.questions), "[data-plan-cost] h3"]] as const) {
      await page.goto(route);
      await page.emulateMedia({ media: "print" });
      const box = page.locator(selector).first().locator("xpath=ancestor::section[1]");
      expect(await box.evaluate((el) => getComputedStyle(el).breakInside), route).toBe("avoid");
      await page.emulateMedia({ media: "screen" });
    }
  });

  test("an answered plan prints its answer, with the plan's full address, not the questionnaire", async ({ page }) => {
    const answers = allAnswerCombinations(planRules).find((a) => evaluatePlan(planRules, a).architect.value === "full-time")!;
    await page.goto(planHref(answers, planRules.questions));
    expect(await printedDisplay(page, "#questions")).toEqual([false]);
    expect(await printedDisplay(page, "#answer")).toEqual([true]);
    await page.emulateMedia({ media: "print" });
    const printedUrl = await page.locator("a[data-print-url]").evaluate((a) => getComputedStyle(a, "::after").content);
    expect(printedUrl).toContain("/plan?");
    // The questionnaire is left out, so the sheet says which answers the plan rests on.
    const printed = page.locator("[data-plan-answers]");
    await expect(printed).toBeVisible();
    for (const question of planRules.questions) {
      const chosen = question.options.find((option) => option.value === answers[question.id as keyof typeof answers])!;
      await expect(printed.locator("div").filter({ hasText: question.label })).toContainText(chosen.label);
    }
    await page.emulateMedia({ media: "screen" });
    await expect(printed).toBeHidden(); // on screen the questionnaire beside it shows them
  });

  test("a scorecard's empty date prints as a box to write in, not as 'mm/dd/yyyy'; a chosen date prints", async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
    const date = page.locator('input[type="date"]').first();
    await expect(date).toHaveAttribute("data-empty", "");
    await page.emulateMedia({ media: "print" });
    // What prints, as an image: a blank box compresses to a fraction of one with text in it.
    const blank = await date.screenshot();
    await page.emulateMedia({ media: "screen" });
    await date.fill("2026-11-26");
    await date.blur();
    await expect(date).not.toHaveAttribute("data-empty");
    await page.emulateMedia({ media: "print" });
    const filled = await date.screenshot();
    expect(blank.length, "the empty date prints nothing").toBeLessThan(filled.length / 3);
  });

  test("a scorecard printed before any rating shows a line to fill in, not a computed 0", async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
    await expect(page.locator("[data-scorecard-total]").first()).toBeVisible();
    expect(new Set(await printedDisplay(page, "[data-scorecard-total]"))).toEqual(new Set([false]));
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText(/^_+ out of \d+$/).first()).toBeVisible();
  });

  test("callouts print black on white, their kind in words, not in colour", async ({ page }) => {
    await page.goto("/the-two-roles");
    await page.emulateMedia({ media: "print" });
    const borders = await page.locator("article [data-callout]").evaluateAll((asides) => asides.map((a) => getComputedStyle(a).borderLeftColor));
    expect(borders.length).toBeGreaterThan(0);
    expect(new Set(borders)).toEqual(new Set(["rgb(0, 0, 0)"]));
  });

  test("the FAQ prints without its on-screen controls", async ({ page }) => {
    await page.goto("/faq");
    expect(new Set(await printedDisplay(page, "[data-faq-list] [data-screen-only]"))).toEqual(new Set([false]));
  });
});

test.describe("reading", () => {
  /** Characters per rendered line of the paragraphs `selector` matches, the last line of each left out. */
  const charactersPerLine = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((paragraphs) => {
      const counts: number[] = [];
      for (const p of paragraphs) {
        // Walk the text, grouping characters by the top of their box.
        const range = document.createRange();
        const lines = new Map<number, number>();
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
        }
        counts.push(...[...lines.values()].slice(0, -1)); // the last line of a paragraph is short by nature
      }
      return counts;
    });
  const average = (counts: number[]) => counts.reduce((sum, n) => sum + n, 0) / counts.length;

  test("chapter text runs at most about 75 characters a line on a wide screen (the brief asks 60–75)", async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto("/the-two-roles");
    const perLine = await charactersPerLine(page, "article .prose-guide > p");
    expect(perLine.length).toBeGreaterThan(10);
    expect(average(perLine)).toBeLessThanOrEqual(75);
    expect(average(perLine)).toBeGreaterThanOrEqual(55);
  });

  test("the home page's first answer and the FAQ's answers read like a chapter: its size, leading and measure", async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto("/");
    const home = await charactersPerLine(page, "#first-question + p");
    expect(home.length).toBeGreaterThan(2);
    expect(Math.max(...home)).toBeLessThanOrEqual(80); // was 84–102 at max-w-3xl
    await page.goto("/faq");
    const body = await page.locator("article .prose-guide > p").first().evaluate((p) => getComputedStyle(p).fontSize);
    await page.locator("[data-faq-entry] summary").first().click();
    const answer = page.locator("[data-faq-entry][open] [id] > p").first();
    expect(await answer.evaluate((p) => getComputedStyle(p).fontSize)).toBe(body); // was 16.32 px beside 18 px
    const question = await page.locator("[data-faq-entry] summary > :first-child").first().evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize));
    expect(question).toBeGreaterThan(Number.parseFloat(body)); // a question heading no smaller than the text above it
  });

  test("search highlights keep AA contrast in the dark theme", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto("/search?q=architect");
    const pairs = await page.locator("main mark").evaluateAll((marks) => marks.map((mark) => [getComputedStyle(mark).color, getComputedStyle(mark).backgroundColor]));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [fg, bg] of pairs) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});
