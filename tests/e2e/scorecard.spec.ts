import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { headerFieldName, mustHaveName, notesName, ratingName, recommendationName, scorecardStorageKey } from "../../lib/tools/scorecard";
import { scorecardData, scorecardSheets } from "../../lib/tools/scorecard-data";
import { askLabel } from "../../lib/vetting";
import { hydrated, phone } from "./helpers";

const sheets = scorecardSheets();
const [architect] = sheets;
const max = scorecardData.scale.length;
const css = (name: string) => `[name="${name}"]`;

/** Pages in a PDF: one "/Type /Page" object per page (not "/Type /Pages", the page tree). */
const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** Fills the architect sheet as an interviewer would: who, a rating per question and long notes. */
async function fillArchitect(page: Page) {
  await page.getByLabel("Candidate").first().fill("Ada Lovelace");
  await page.locator(css(headerFieldName(architect.role, "date"))).fill("2026-05-04");
  for (const [i, item] of architect.items.entries()) {
    await page.locator(`${css(ratingName(architect.role, item.id))}[value="${(i % max) + 1}"]`).check();
    await page.locator(css(notesName(architect.role, item.id))).fill("Walked through the data pipeline and the monitoring in detail. ".repeat(4));
  }
}
/**
 * Lets the page finish what it fetches by itself (Next prefetches the pages its links point to as they
 * scroll into view), so that any request seen afterwards was caused by typing.
 */
async function settle(page: Page) {
  let last = Date.now();
  const seen = () => (last = Date.now());
  page.on("request", seen);
  page.on("requestfinished", seen);
  for (const y of [0.5, 1, 0]) {
    await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), y);
    await page.waitForTimeout(300);
  }
  while (Date.now() - last < 1000) await page.waitForTimeout(200);
  page.off("request", seen);
  page.off("requestfinished", seen);
}
const expectedScore = architect.items.reduce((sum, _item, i) => sum + (i % max) + 1, 0);

test.describe("the interview scorecard with JavaScript", () => {
  test("keeps what you type in this browser only: no request while typing, and it survives a reload", async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
    await settle(page);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
    await fillArchitect(page);
    await page.getByLabel(`Notes on ${sheets[1].items[0].title}`).fill("Strong Python.");
    await expect(page.locator(`[data-scorecard-total="${architect.role}"]`)).toContainText(`${expectedScore} out of ${architect.items.length * max}`);
    expect(requests, "typing must not send anything").toEqual([]);

    const saved = await page.evaluate((key) => localStorage.getItem(key), scorecardStorageKey);
    expect(JSON.parse(saved!)).toMatchObject({ [headerFieldName(architect.role, "candidate")]: "Ada Lovelace" });

    await page.reload();
    await hydrated(page);
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue("Ada Lovelace");
    await expect(page.locator(css(headerFieldName(architect.role, "date")))).toHaveValue("2026-05-04");
    await expect(page.locator(`${css(ratingName(architect.role, architect.items[1].id))}[value="2"]`)).toBeChecked();
    await expect(page.getByLabel(`Notes on ${sheets[1].items[0].title}`)).toHaveValue("Strong Python.");
    await expect(page.locator(`[data-scorecard-total="${architect.role}"]`)).toContainText(`${expectedScore} out of`);
    await expect(page.getByRole("status").filter({ hasText: "Restored" })).toBeVisible();
  });

  test("Clear empties every field and what the browser kept, after asking", async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
    await fillArchitect(page);
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.getByRole("button", { name: "Clear" }).click();
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue("Ada Lovelace"); // cancelled: nothing lost
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Clear" }).click();
    await expect(page.getByRole("status").filter({ hasText: "cleared" })).toBeVisible();
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue("");
    await expect(page.locator(`${css(ratingName(architect.role, architect.items[0].id))}:checked`)).toHaveCount(0);
    await expect(page.locator(`[data-scorecard-total="${architect.role}"]`)).toContainText(`0 out of`);
    expect(await page.evaluate((key) => localStorage.getItem(key), scorecardStorageKey)).toBeNull();
    // Typing again keeps it again: the message no longer says nothing is kept.
    await page.getByLabel("Candidate").first().fill("Grace Hopper");
    await expect(page.getByRole("status").filter({ hasText: "cleared" })).toHaveCount(0);
    await page.getByLabel("Candidate").first().fill("");
    await page.reload();
    await expect(page.locator(css(notesName(architect.role, architect.items[0].id)))).toHaveValue("");
  });

  test("prints one page per role on A4 and on US Letter, filled in, with a must-have's Stop and a recommendation", async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
    await fillArchitect(page); // rates the first question 1
    await page.getByLabel(`Must-have for this role: ${architect.items[0].title}`).check();
    await expect(page.locator("[data-scorecard-stop]")).toBeVisible();
    await page.locator(`${css(recommendationName(architect.role))}[value="stop"]`).check();
    await page.getByLabel(`Why, and the next step (${architect.title})`).fill("Stopped on MLOps depth; no second interview.");
    await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeVisible();
    for (const format of ["A4", "Letter"] as const) {
      expect(pageCount(await page.pdf({ format })), format).toBe(sheets.length);
    }
  });

  test("long notes print in full: the notes box grows on paper instead of cutting them off", async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
    const note = "Described a retrieval pipeline in depth, with its evaluation set, its monitoring and two failures. ".repeat(6);
    await page.locator(css(notesName(architect.role, architect.items[0].id))).fill(note);
    await page.emulateMedia({ media: "print" });
    const boxes = await page.locator("textarea").evaluateAll((all) => all.map((t) => ({ clipped: t.scrollHeight > t.clientHeight + 1, height: t.clientHeight })));
    expect(boxes.filter((box) => box.clipped)).toEqual([]);
    expect(boxes[0].height).toBeGreaterThan(boxes[1].height); // the long note's box grew; the empty ones keep their lines to write on
  });

  test("works from the keyboard: Tab reaches the fields, arrows choose a rating", async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
    await page.locator(css(headerFieldName(architect.role, "candidate"))).focus();
    await page.keyboard.type("Grace Hopper");
    await page.keyboard.press("Tab");
    await expect(page.locator(css(headerFieldName(architect.role, "role")))).toBeFocused();
    // On through the date's parts to the first rating: a handful of Tabs, no mouse.
    const firstRating = page.locator(css(ratingName(architect.role, architect.items[0].id)));
    for (let i = 0; i < 8 && !(await firstRating.first().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(firstRating.first()).toBeFocused();
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await expect(firstRating.nth(1)).toBeChecked();
    // Then the must-have tick, which Space ticks, then the notes.
    await page.keyboard.press("Tab");
    await expect(page.locator(css(mustHaveName(architect.role, architect.items[0].id)))).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.locator(css(mustHaveName(architect.role, architect.items[0].id)))).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.locator(css(notesName(architect.role, architect.items[0].id)))).toBeFocused();
  });

  test("a must-have rated lowest says stop, whatever the total; the ticks and the recommendation survive a reload", async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
    const [first, second] = architect.items;
    const total = page.locator(`[data-scorecard-total="${architect.role}"]`);
    await page.locator(`${css(ratingName(architect.role, first.id))}[value="1"]`).check();
    await page.locator(`${css(ratingName(architect.role, second.id))}[value="${max}"]`).check();
    await expect(total).not.toContainText("Stop");
    await page.getByLabel(`Must-have for this role: ${first.title}`).check();
    await expect(total).toContainText(`Stop: the lowest rating on a must-have (${first.title}).`);
    // The warning is readable in both themes (the page itself is checked in the accessibility suite).
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).include("[data-scorecard-stop]").withTags(["wcag2aa"]).analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
    await page.locator(`[data-scorecard-sheet="${architect.role}"]`).getByRole("radio", { name: "Hold" }).check();
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel(`Must-have for this role: ${first.title}`)).toBeChecked();
    await expect(page.locator(`${css(recommendationName(architect.role))}[value="hold"]`)).toBeChecked();
    await expect(total).toContainText("Stop: the lowest rating on a must-have");
    // A better rating lifts the stop.
    await page.locator(`${css(ratingName(architect.role, first.id))}[value="2"]`).check();
    await expect(total).not.toContainText("Stop");
  });

  test("on a desktop the rating sits in the same place on every row, however long the title", async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto("/scorecard");
    for (const sheet of sheets) {
      const lefts = await page.locator(`[data-scorecard-sheet="${sheet.role}"] [data-scorecard-item] fieldset`).evaluateAll((all) => all.map((f) => Math.round(f.getBoundingClientRect().left)));
      expect(lefts.length).toBe(sheet.items.length);
      expect(new Set(lefts).size, `${sheet.role}: ${lefts.join(", ")}`).toBe(1);
    }
  });
});

test.describe("the interview scorecard without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows every question and check, blank, with no buttons that need JavaScript", async ({ page }) => {
    await page.goto("/scorecard");
    for (const sheet of sheets) {
      const section = page.locator(`[data-scorecard-sheet="${sheet.role}"]`);
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(sheet.title);
      for (const item of sheet.items) await expect(section.getByText(item.prompt, { exact: true })).toBeVisible();
      await expect(section.getByText(`________ out of ${sheet.items.length * max}`)).toBeVisible();
    }
    await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeHidden();
    // Keeping and comparing candidates needs the browser's storage: none of it shows.
    for (const region of await page.locator("[data-scorecard-candidates]").all()) await expect(region).toBeHidden();
    // Each engineer check comes with the question that tests it, as the vetting chapter has it.
    const engineer = sheets.find((sheet) => sheet.role === "software-engineer")!;
    const engineerSheet = page.locator(`[data-scorecard-sheet="${engineer.role}"]`);
    await expect(engineerSheet.getByText(`${askLabel} `)).toHaveCount(engineer.items.length);
    for (const item of engineer.items) await expect(engineerSheet.getByText(`${askLabel} ${item.ask}`, { exact: true })).toBeVisible();
    // It says what it cannot do without JavaScript, and what to do instead.
    await expect(page.getByText("Without JavaScript the page cannot add up the ratings")).toBeVisible();
    await expect(page.getByText("add up the total by hand")).toBeVisible();
    // And it does not promise what only JavaScript does.
    await expect(page.getByText("What you type stays in this browser only")).toBeVisible();
    await expect(page.getByText("still here after a reload")).toBeHidden();
  });

  test("prints as a blank scorecard, one page per role, on A4 and US Letter", async ({ page }) => {
    await page.goto("/scorecard");
    for (const format of ["A4", "Letter"] as const) expect(pageCount(await page.pdf({ format })), format).toBe(sheets.length);
  });
});

test("on a phone the scorecard has no horizontal scroll", async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await page.goto("/scorecard");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await context.close();
});
