import { expect, test } from "@playwright/test";
import { bandLabel, formatBandRange } from "../../lib/salary-bands";
import { evaluatePlan } from "../../lib/tools/plan";
import { planHref } from "../../lib/tools/plan-params";
import { planRules } from "../../lib/tools/plan-rules";
import { headOf, phone, SITE_URL } from "./helpers";
import { questions, labels, combinations, expectedFor, first, second, answer, expectAnswer } from "./plan-helpers";

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
    const { plan, cost } = expectedFor(first);
    const shared = await headOf(page, `${planHref(first, questions)}&utm_source=newsletter`);
    expect(shared.ogUrl).toBe(`${SITE_URL}${planHref(first, questions)}`);
    expect(shared.canonical).toBe(shared.ogUrl);
    expect(shared.ogTitle!.toLowerCase()).toContain(labels.seat[plan.architect.value].toLowerCase());
    // The title names the team; the description what it costs, with the bands' regions beside the figure (a
    // colleague may read nothing else), whole: not cut off at the preview's length.
    expect(cost.bands.length).toBe(2);
    expect(shared.ogDescription).toBe(`Yearly salaries: ${formatBandRange(cost.total!)} (a rough sum: ${cost.bands.map(bandLabel).join("; ")}).`);
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
    // What is left to answer, said where the answer will be (the browser's bubble names one question at a time).
    await expect(page.locator("[data-plan-empty]")).toContainText("Questions 2, 3, 4, 5 and 6 need an answer.");
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
