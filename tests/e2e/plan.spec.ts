import { expect, test, type Page } from "@playwright/test";
import { formatBandRange, salaryBands } from "../../lib/salary-bands";
import type { PlanAnswers } from "../../lib/schemas/plan";
import { allAnswerCombinations, evaluatePlan } from "../../lib/tools/plan";
import { teamCost } from "../../lib/tools/plan-cost";
import { planHref } from "../../lib/tools/plan-params";
import { planRules } from "../../lib/tools/plan-rules";
import { headOf, hydrated, phone, SITE_URL } from "./helpers";

const { questions, labels } = planRules;
const combinations = allAnswerCombinations(planRules);
const expectedFor = (answers: PlanAnswers) => {
  const plan = evaluatePlan(planRules, answers);
  return { plan, cost: teamCost(plan, salaryBands) };
};
// Two answers that lead to different architect seats, so a change is visible: a full-time hire, then the
// same situation where a full-time hire is not possible.
const first = combinations.find((a) => evaluatePlan(planRules, a).architect.value === "full-time")!;
const second: PlanAnswers = { ...first, fulltime: questions.find((q) => q.id === "fulltime")!.options.find((o) => o.value !== first.fulltime)!.value };

/** Chooses answers by clicking their labels, as a reader would. */
async function answer(page: Page, answers: Partial<PlanAnswers>) {
  for (const question of questions) {
    const value = answers[question.id];
    if (!value) continue;
    const label = question.options.find((o) => o.value === value)!.label;
    await page.getByRole("group", { name: new RegExp(`^\\d+\\. ${question.label.replace(/[?.()]/g, "\\$&")}`) }).getByRole("radio", { name: label, exact: true }).check();
  }
}

/** The answer as the page shows it: the architect seat and every point's rule. */
async function shownAnswer(page: Page) {
  const result = page.locator("[data-plan-result]");
  return {
    summary: (await result.locator("[data-plan-summary]").textContent())!.trim(),
    rules: await result.locator("[data-plan-point]").evaluateAll((points) => points.map((p) => p.getAttribute("data-plan-point"))),
  };
}

async function expectAnswer(page: Page, answers: PlanAnswers) {
  const { plan, cost } = expectedFor(answers);
  const result = page.locator("[data-plan-result]");
  await expect(result.locator(`[data-plan-point="${plan.architect.ruleId}"]`)).toContainText(labels.seat[plan.architect.value]);
  await expect(result.locator(`[data-plan-point="${plan.engineers.ruleId}"]`)).toContainText(plan.engineers.reason);
  if (cost.total) await expect(result.locator("[data-cost-total]")).toHaveText(formatBandRange(cost.total));
  else await expect(result.locator("[data-cost-total]")).toHaveCount(0);
  for (const point of [plan.architect, plan.engineers, plan.agency, plan.approach, ...plan.notes]) {
    await expect(result.locator(`[data-plan-point="${point.ruleId}"] a[href="${point.href}"]`)).toHaveCount(1);
  }
}

test.describe("the team planner without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a filled-in form submits as a GET to a /plan?… URL that shows the answer", async ({ page }) => {
    await page.goto("/plan");
    await expect(page.locator("[data-plan-empty]")).toBeVisible();
    await answer(page, first);
    await page.getByRole("button", { name: "Show my team" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/plan" && questions.every((q) => url.searchParams.get(q.id) === first[q.id]));
    await expectAnswer(page, first);
    // The answers stay chosen, ready to change.
    for (const q of questions) await expect(page.locator(`input[name="${q.id}"][value="${first[q.id]}"]`)).toBeChecked();
  });

  test("a plan with a fractional architect leads to a consultation request with that role chosen", async ({ page }) => {
    const fractional = combinations.find((a) => evaluatePlan(planRules, a).architect.value === "fractional")!;
    await page.goto(planHref(fractional, questions));
    await page.locator("[data-plan-next]").getByRole("link", { name: "ask a specialist" }).click();
    await expect(page).toHaveURL(/\/consultation\?role=fractional-architect$/);
    await expect(page.getByRole("radio", { name: "Fractional (part-time) AI Architect" })).toBeChecked();
    await page.goto("/consultation?role=nonsense");
    await expect(page.locator('input[name="role"]:checked')).toHaveCount(0);
  });

  test("Back after changing the answers shows the earlier plan with the earlier answers ticked", async ({ page }) => {
    await page.goto(planHref(first, questions));
    await answer(page, second);
    await page.getByRole("button", { name: "Show my team" }).click();
    await expect(page).toHaveURL((url) => questions.every((q) => url.searchParams.get(q.id) === second[q.id]));
    await page.goBack();
    await expect(page).toHaveURL((url) => questions.every((q) => url.searchParams.get(q.id) === first[q.id]));
    for (const q of questions) await expect(page.locator(`input[name="${q.id}"][value="${first[q.id]}"]`), q.id).toBeChecked();
  });

  test("a shared plan whose link picked up tracking parameters still shows the plan", async ({ page }) => {
    await page.goto(`${planHref(first, questions)}&utm_source=newsletter&fbclid=abc`);
    await expectAnswer(page, first);
    await expect(page.locator("[data-plan-problems]")).toHaveCount(0);
  });

  test("a shared plan previews as that plan: its title names the team, its address keeps the answers", async ({ page }) => {
    const { plan } = expectedFor(first);
    const shared = await headOf(page, `${planHref(first, questions)}&utm_source=newsletter`);
    expect(shared.ogUrl).toBe(`${SITE_URL}${planHref(first, questions)}`);
    expect(shared.canonical).toBe(shared.ogUrl);
    expect(shared.ogTitle!.toLowerCase()).toContain(labels.seat[plan.architect.value].toLowerCase());
    expect(shared.ogDescription).toContain(`Architect: ${labels.seat[plan.architect.value]}`);
    expect(shared.robots).toMatch(/noindex/); // one tool, not 144 pages for search engines
    const blank = await headOf(page, "/plan");
    expect([blank.ogUrl, blank.canonical]).toEqual([`${SITE_URL}/plan`, `${SITE_URL}/plan`]);
    expect(blank.ogTitle).not.toBe(shared.ogTitle);
    expect(blank.robots).toBeNull();
  });

  test("a link with some answers and none wrong brings the planner back as far as it was, without a message", async ({ page }) => {
    const response = await page.goto(`/plan?ai=${first.ai}&utm_source=mail`);
    expect(response?.status()).toBe(200);
    await expect(page.locator(`input[name="ai"][value="${first.ai}"]`)).toBeChecked();
    await expect(page.locator("#plan-form input:checked")).toHaveCount(1);
    await expect(page.locator("[data-plan-problems]")).toHaveCount(0);
    await expect(page.locator("[data-plan-empty]")).toBeVisible();
  });

  for (const [name, query, message] of [
    ["an unknown answer", `${planHref({ ...first, regulated: "perhaps" }, questions).split("?")[1]}`, "“perhaps” is not an answer"],
    ["an unknown answer and missing ones", `ai=${first.ai}&scope=perhaps`, "Please answer these questions"],
  ] as const) {
    test(`${name}: the questionnaire comes back with a message, not an error page`, async ({ page }) => {
      const response = await page.goto(`/plan?${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("[data-plan-problems]")).toContainText(message);
      await expect(page.locator("[data-plan-result]")).toHaveCount(0);
      await expect(page.locator(`input[name="ai"][value="${first.ai}"]`)).toBeChecked(); // nothing valid is lost
    });
  }
});

test("a hand-edited link with an invisible direction mark gets its message the right way round", async ({ page }) => {
  // U+202E, right-to-left override: quoted as it came, it turned the rest of the line backwards.
  await page.goto(`/plan?ai=%E2%80%AE${first.ai}`);
  const message = page.locator("[data-plan-problems] li").first();
  await expect(message).toContainText(`is not an answer to “${questions[0].label}”`);
  expect(await message.textContent()).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
});

test.describe("the team planner with JavaScript", () => {
  test("the first answer is announced: the live status is on the page, empty, before the sixth question is answered", async ({ page }) => {
    await page.goto("/plan");
    await hydrated(page);
    const status = page.getByRole("status").and(page.locator("[data-plan-announce]"));
    await expect(status).toHaveText("");
    await answer(page, first);
    await expect(status).toHaveText(/^Architect: .+ Engineers: .+/);
  });

  test("the answer and the URL follow each change, without reloading or adding history entries", async ({ page }) => {
    await page.goto("/plan");
    await hydrated(page);
    await page.evaluate(() => ((window as unknown as { planMarker: number }).planMarker = 1));
    const historyLength = await page.evaluate(() => history.length);
    await answer(page, first);
    await expect(page).toHaveURL((url) => url.search === `?${planHref(first, questions).split("?")[1]}`);
    await expectAnswer(page, first);

    expect(evaluatePlan(planRules, second).architect.value).not.toBe(evaluatePlan(planRules, first).architect.value);
    await answer(page, second);
    await expect(page).toHaveURL((url) => url.searchParams.get("fulltime") === second.fulltime);
    await expectAnswer(page, second);
    expect(await page.evaluate(() => (window as unknown as { planMarker?: number }).planMarker)).toBe(1);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test("the address keeps the answers so far, so a reload mid-way brings them back", async ({ page }) => {
    await page.goto("/plan");
    await hydrated(page);
    const historyLength = await page.evaluate(() => history.length);
    const some = { ai: first.ai, scope: first.scope };
    await answer(page, some);
    await expect(page).toHaveURL((url) => url.search === `?${planHref(some, questions).split("?")[1]}`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.reload();
    await hydrated(page);
    const ticked = await page.locator("#plan-form input:checked").evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`));
    expect(ticked).toEqual([`ai=${first.ai}`, `scope=${first.scope}`]);
    await expect(page.locator("[data-plan-problems]")).toHaveCount(0);
    // Answering the rest still shows the team.
    await answer(page, first);
    await expectAnswer(page, first);
  });

  test("the header's planner link starts a blank planner, and Back brings the plan back with its answers ticked", async ({ page }) => {
    const ticked = () => page.locator("#plan-form input:checked").evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`));
    const answered = questions.map((q) => `${q.id}=${first[q.id]}`);
    await page.goto(planHref(first, questions));
    await hydrated(page);
    expect(await ticked()).toEqual(answered);
    const nav = page.getByRole("navigation", { name: "Main", exact: true });
    await nav.locator("summary", { hasText: "Tools" }).click();
    await nav.locator('a[href="/plan"]').click();
    await expect(page).toHaveURL((url) => url.pathname === "/plan" && url.search === "");
    await expect(page.locator("[data-plan-empty]")).toBeVisible();
    // The blank answer beside six ticked answers had read as a form that did not work.
    await expect.poll(ticked).toEqual([]);
    await page.goBack();
    await expectAnswer(page, first);
    await expect.poll(ticked).toEqual(answered);
  });

  test("a shared /plan?… link shows the same answer in a fresh browser", async ({ page, browser }) => {
    await page.goto("/plan");
    await hydrated(page);
    await answer(page, first);
    await expectAnswer(page, first);
    const shared = page.url();
    const before = await shownAnswer(page);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(shared);
    await expectAnswer(other, first);
    expect(await shownAnswer(other)).toEqual(before);
    await fresh.close();
  });

  test("works from the keyboard alone: arrows choose, Enter shows the team and moves focus to it", async ({ page }) => {
    await page.goto("/plan");
    await hydrated(page);
    await page.locator(`input[name="${questions[0].id}"]`).first().focus();
    for (const question of questions) {
      // Arrow keys move within a group and choose; Tab moves to the next group.
      const target = question.options.findIndex((o) => o.value === first[question.id]);
      await page.keyboard.press("Space");
      for (let i = 0; i < target; i++) await page.keyboard.press("ArrowDown");
      await expect(page.locator(`input[name="${question.id}"][value="${first[question.id]}"]`)).toBeChecked();
      await page.keyboard.press("Tab");
    }
    await expect(page.getByRole("button", { name: "Show my team" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#answer")).toBeFocused();
    await expectAnswer(page, first);
  });
});

test("on a phone, the plan's own link opens on the team, not on the questions above it", async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await page.goto(planHref(first, questions));
  const link = await page.getByRole("link", { name: "link to this plan" }).getAttribute("href");
  const fresh = await browser.newContext({ viewport: phone });
  const colleague = await fresh.newPage();
  await colleague.goto(link!);
  await expectAnswer(colleague, first);
  await expect(colleague.locator("#answer h2").first()).toBeInViewport();
  await Promise.all([context.close(), fresh.close()]);
});

test("on a phone the answer page has no horizontal scroll", async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await page.goto(planHref(first, questions));
  await expectAnswer(page, first);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await context.close();
});
