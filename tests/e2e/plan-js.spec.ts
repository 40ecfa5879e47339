import { expect, test, type Page, type Request } from "@playwright/test";
import { evaluatePlan } from "../../lib/tools/plan";
import { planHref } from "../../lib/tools/plan-params";
import { planRules } from "../../lib/tools/plan-rules";
import { hydrated } from "./helpers";
import { questions, first, second, answer, shownAnswer, expectAnswer } from "./plan-helpers";

/** Holds the planner's first render on its way for 1.5 s, as on a slow phone connection; resolves once it is asked for. */
async function holdFirstRender(page: Page) {
  const isRender = (request: Request) => new URL(request.url()).pathname === "/plan" && request.headers()["rsc"] === "1" && !request.headers()["next-router-prefetch"];
  let held = false;
  await page.route("**/plan?*", async (route) => {
    if (isRender(route.request()) && !held) {
      held = true;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
    await route.continue();
  });
  return page.waitForRequest(isRender);
}

test.describe("the team planner with JavaScript", () => {
  test("the first answer is announced: the live status is on the page, empty, before the sixth question is answered", async ({ page }) => {
    await page.goto("/plan");
    await hydrated(page);
    const status = page.getByRole("status").and(page.locator("[data-plan-announce]"));
    await expect(status).toHaveText("");
    await answer(page, first);
    await expect(status).toHaveText(/^Architect: .+ Engineers: .+/);
  });

  test("each new answer is said once, by the page's status: Next's route announcer does not read a title over it, and reads the next page's", async ({ page }) => {
    await page.goto("/plan");
    await hydrated(page);
    // Next's route announcer: an assertive alert, in a shadow root, that reads a soft navigation's new title (or,
    // while the title streams in, the h1: "Plan your AI team" over the first answer's summary).
    const announcer = page.getByRole("alert");
    const status = page.locator("[data-plan-announce]");
    for (const answers of [first, second]) {
      await answer(page, answers);
      await expectAnswer(page, answers);
      await expect(status).toHaveText(/^Architect: .+ Engineers: .+/);
      await expect(announcer).toHaveCount(0);
    }
    // Leaving the planner, the announcer is back: the next page's name is read.
    await page.getByRole("banner").getByRole("link", { name: "Salaries" }).click();
    await expect(page).toHaveURL(/\/salaries$/);
    await expect(announcer).toHaveText(/salar/i);
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

  test("a change made while the answer before it is still on its way is the one shown, and the address holds it", async ({ page }) => {
    await page.goto("/plan");
    await hydrated(page);
    const firstRender = holdFirstRender(page);
    await answer(page, first);
    await firstRender;
    // Changed 1.2 s later: the first answer arrives before this change has settled (600 ms).
    await page.waitForTimeout(1_200);
    await answer(page, { fulltime: second.fulltime });
    await expectAnswer(page, second);
    await expect(page).toHaveURL((url) => url.searchParams.get("fulltime") === second.fulltime);
  });

  test("a change made after Show my team, before the team came, keeps the focus where the reader is choosing", async ({ page }) => {
    await page.goto("/plan");
    await hydrated(page);
    await answer(page, first);
    const firstRender = holdFirstRender(page);
    await page.getByRole("button", { name: "Show my team" }).click();
    await firstRender;
    const other = page.locator(`input[name="fulltime"][value="${second.fulltime}"]`);
    await other.focus();
    await page.keyboard.press("Space");
    await expectAnswer(page, second);
    await expect(other).toBeFocused(); // was moved to the answer of the first choice, scrolled away from the question
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

  test("'Show my team' with questions unanswered says which, beside each, and takes the reader to the first (not the browser's bubble)", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 }); // 400% zoom of a 1280 px screen
    await page.goto(`/plan?ai=${first.ai}&regulated=${first.regulated}`);
    await hydrated(page);
    await page.getByRole("button", { name: "Show my team" }).click();
    await expect(page.locator("[data-plan-status]")).toHaveText("Questions 2, 4, 5 and 6 need an answer.");
    const scope = page.getByRole("group", { name: /^2\./ });
    await expect(scope.getByRole("radio").first()).toBeFocused();
    await expect(scope).toHaveAccessibleDescription(/Choose an answer to this question\.$/);
    await expect(scope.locator("legend")).toBeInViewport();
    await expect(page.getByRole("group", { name: /^3\./ })).not.toHaveAccessibleDescription(/Choose an answer/);
    // Answered, its message goes, and the status follows; the others stay until they are.
    await scope.getByRole("radio").first().check();
    await expect(scope).not.toHaveAccessibleDescription(/Choose an answer/);
    await expect(page.locator("[data-plan-status]")).toHaveText("Questions 4, 5 and 6 need an answer.");
    await expect(page.getByRole("group", { name: /^6\./ })).toHaveAccessibleDescription(/Choose an answer to this question\.$/);
    await expect(page.getByRole("group", { name: /^6\./ }).getByRole("radio").first()).toHaveAttribute("aria-invalid", "true");
    // Another planner (the header's link): no message from this one.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator("header").getByRole("button", { name: "Tools" }).or(page.locator("header summary", { hasText: "Tools" })).click();
    await page.locator("header").getByRole("link", { name: /planner/i }).click();
    await expect(page).toHaveURL(/\/plan$/);
    await expect(page.getByRole("group", { name: /^6\./ })).not.toHaveAccessibleDescription(/Choose an answer/);
    await expect(page.locator("[data-plan-status]")).toHaveText("");
  });
});
