import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { headerFieldName, mustHaveName, ratingName, recommendationNotesName, scorecardStorageKey } from "../../lib/tools/scorecard";
import { candidatesStorageKey } from "../../lib/tools/scorecard-candidates";
import { hydrated } from "./helpers";
import { ada, architect, comparison, css, engineer, expectCompared, expectedRow, fill, fillAndKeep, grace, keepButton, row, sheets, status } from "./scorecard-candidates-helpers";

// Several candidates per role, kept in this browser: keep, compare, reopen, remove, clear.

const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test.describe("several candidates per role", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
  });

  test("keeps two candidates for a role and compares their totals and the Stop; they are still there after a reload", async ({ page }) => {
    await fillAndKeep(page, architect, ada);
    // The sheet is blank for the next candidate, but for the role's must-have.
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue("");
    await expect(page.locator(`[data-scorecard-sheet="${architect.role}"] input:checked`)).toHaveCount(1);
    await expect(page.locator(`[data-scorecard-total="${architect.role}"]`)).toContainText("0 out of");
    await fillAndKeep(page, architect, grace);
    for (const candidate of [ada, grace]) await expectCompared(page, architect, candidate);
    await expect(comparison(page, architect).locator("tbody tr")).toHaveCount(2);
    await expect(comparison(page, architect).getByRole("columnheader")).toHaveText(["Candidate", "Total", "Rated", "Must-have rated lowest", "Recommendation", "Actions"]);
    await expect(comparison(page, engineer)).toHaveCount(0); // the other role keeps its own list

    await page.reload();
    await hydrated(page);
    for (const candidate of [ada, grace]) await expectCompared(page, architect, candidate);
  });

  test("a Move forward beside a must-have rated lowest is called out, on the sheet and in the comparison", async ({ page }) => {
    const overruled = { ...ada, name: "Alan Turing", recommendation: "advance" as const };
    await fill(page, architect, overruled);
    await expect(page.locator(`[data-scorecard-total="${architect.role}"] [data-scorecard-stop]`)).toContainText("The recommendation, Move forward, goes against it.");
    await keepButton(page, architect).click();
    await expectCompared(page, architect, overruled); // "Move forward, against the Stop"
    await expect(row(page, architect, overruled.name).getByRole("cell").nth(3)).toHaveText("Move forward, against the Stop");
  });

  test("reopens a kept candidate with their ratings, keeps the sheet that was being filled in, and removes one", async ({ page }) => {
    await fillAndKeep(page, architect, ada);
    await fill(page, architect, grace);
    await page.getByRole("button", { name: `Open ${ada.name} on the ${architect.title} sheet` }).click();
    await expect(status(page)).toContainText(`Opened ${ada.name}`);
    await expect(status(page)).toContainText(`kept as ${grace.name}`);
    // Ada's sheet is back, and the reader lands on it.
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toBeFocused();
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue(ada.name);
    for (const [i, item] of architect.items.entries()) await expect(page.locator(`${css(ratingName(architect.role, item.id))}[value="${ada.ratings[i]}"]`)).toBeChecked();
    await expect(page.locator(css(mustHaveName(architect.role, architect.items[0].id)))).toBeChecked();
    // Grace was not lost: she is kept, and Ada shows as the sheet being filled in.
    await expectCompared(page, architect, grace);
    await expect(row(page, architect, `${ada.name} (on the sheet now)`).getByRole("cell")).toHaveText([...expectedRow(architect, ada), ""]);

    // Removing asks first, naming the candidate.
    const remove = page.getByRole("button", { name: `Remove ${grace.name} from the ${architect.title} candidates` });
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain(grace.name);
      return dialog.dismiss();
    });
    await remove.click();
    await expect(row(page, architect, grace.name)).toHaveCount(1);
    page.once("dialog", (dialog) => dialog.accept());
    await remove.click();
    await expect(status(page)).toHaveText(`Removed ${grace.name} from the ${architect.title} candidates.`);
    await expect(comparison(page, architect)).toHaveCount(0);
    await expect(keepButton(page, architect)).toBeFocused();
    await page.reload();
    await hydrated(page);
    await expect(comparison(page, architect)).toHaveCount(0);
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue(ada.name);
  });

  test("Clear says it removes every kept candidate, and does: a reload shows none", async ({ page }) => {
    await fillAndKeep(page, architect, ada);
    await fillAndKeep(page, engineer, { name: "Linus", ratings: engineer.items.map(() => 2) });
    let question = "";
    page.once("dialog", (dialog) => {
      question = dialog.message();
      return dialog.accept();
    });
    await page.getByRole("button", { name: "Clear", exact: true }).click();
    expect(question).toContain("every kept candidate");
    await expect(status(page)).toContainText("every kept candidate removed");
    for (const sheet of [architect, engineer]) await expect(comparison(page, sheet)).toHaveCount(0);
    expect(await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), [scorecardStorageKey, candidatesStorageKey])).toEqual([null, null]);
    await page.reload();
    await hydrated(page);
    for (const sheet of [architect, engineer]) await expect(comparison(page, sheet)).toHaveCount(0);
    await expect(page.getByText("No candidates kept for this role yet.")).toHaveCount(sheets.length);
  });

  test("a sheet saved before candidates existed comes back and can be kept; a corrupt list of candidates is ignored", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Yesterday's save: one object of field names and values, under the key the page has always used.
    const yesterday = { name: "Barbara Liskov", ratings: architect.items.map((_, i) => (i < 2 ? 3 : 0)) };
    const saved = { [headerFieldName(architect.role, "candidate")]: yesterday.name, ...Object.fromEntries(architect.items.slice(0, 2).map((item) => [ratingName(architect.role, item.id), "3"])) };
    await page.evaluate(([key, value, listKey]) => {
      localStorage.setItem(key, value);
      localStorage.setItem(listKey, '[{"id":1,"role":"ai-architect"},"x"');
    }, [scorecardStorageKey, JSON.stringify(saved), candidatesStorageKey] as const);
    await page.reload();
    await hydrated(page);
    await expect(status(page)).toHaveText("Restored what you typed earlier in this browser.");
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue(yesterday.name);
    await expect(comparison(page, architect)).toHaveCount(0);
    await keepButton(page, architect).click();
    await expectCompared(page, architect, yesterday);
    expect(errors).toEqual([]);
  });

  test("kept candidates print after their role's sheet, on a page of their own, without the buttons", async ({ page }) => {
    await fillAndKeep(page, architect, ada);
    await fillAndKeep(page, architect, grace);
    await page.emulateMedia({ media: "print" });
    await expect(comparison(page, architect)).toBeVisible();
    await expect(page.getByRole("button", { name: /^(Open|Remove|Keep) / })).toHaveCount(0);
    await expect(page.getByRole("columnheader", { name: "Actions" })).toHaveCount(0);
    await page.emulateMedia({ media: null }); // page.pdf() prints with screen styles while "screen" is emulated
    for (const format of ["A4", "Letter"] as const) expect(pageCount(await page.pdf({ format })), format).toBe(sheets.length + 1);
  });

  test("works from the keyboard with a visible focus, and the comparison has no accessibility violations in either theme", async ({ page }) => {
    await fill(page, architect, ada);
    await page.locator(css(recommendationNotesName(architect.role))).focus();
    for (let i = 0; i < 3 && !(await keepButton(page, architect).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(keepButton(page, architect)).toBeFocused();
    expect(await keepButton(page, architect).evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(row(page, architect, ada.name)).toHaveCount(1);
    // The reader lands on the blank sheet; Ada's Open button comes straight after Keep in the tab order.
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toBeFocused();
    await keepButton(page, architect).focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: `Open ${ada.name} on the ${architect.title} sheet` })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue(ada.name);

    // Ada kept again, with her Stop, and Grace on the sheet: every kind of row.
    await keepButton(page, architect).click();
    await fill(page, architect, grace);
    await expect(comparison(page, architect).locator("tbody tr")).toHaveCount(2);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).include(`[data-scorecard-candidates="${architect.role}"]`).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
  });
});
