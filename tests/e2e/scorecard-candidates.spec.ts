import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { headerFieldName, mustHaveName, ratingName, recommendationName, recommendationNotesName, recommendations, scorecardStorageKey, type ScorecardSheet } from "../../lib/tools/scorecard";
import { candidatesStorageKey } from "../../lib/tools/scorecard-candidates";
import { scorecardData, scorecardSheets } from "../../lib/tools/scorecard-data";
import { expectBelowHeader, hydrated, phone } from "./helpers";

// Several candidates per role, kept in this browser: keep, compare, reopen, remove, clear.

const sheets = scorecardSheets();
const [architect, engineer] = sheets;
const max = scorecardData.scale.length;
const css = (name: string) => `[name="${name}"]`;
const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** A candidate as the test fills them in: a rating per item (0 leaves it unrated), a must-have, a recommendation. */
interface Candidate {
  name: string;
  ratings: number[];
  mustHave?: number;
  recommendation?: (typeof recommendations)[number]["value"];
}

/** What the comparison must say about a candidate, worked out from the ratings the test clicked. */
function expectedRow(sheet: ScorecardSheet, candidate: Candidate) {
  const rated = candidate.ratings.filter((rating) => rating > 0);
  const stop = candidate.mustHave !== undefined && candidate.ratings[candidate.mustHave] === 1;
  return [
    `${rated.reduce((sum, rating) => sum + rating, 0)} out of ${sheet.items.length * max}`,
    `${rated.length} of ${sheet.items.length}`,
    stop ? `Stop: ${sheet.items[candidate.mustHave!].title}` : "No",
    recommendations.find((choice) => choice.value === candidate.recommendation)?.label ?? "None yet",
  ];
}

async function fill(page: Page, sheet: ScorecardSheet, candidate: Candidate) {
  await page.locator(css(headerFieldName(sheet.role, "candidate"))).fill(candidate.name);
  for (const [i, item] of sheet.items.entries()) {
    if (candidate.ratings[i] > 0) await page.locator(`${css(ratingName(sheet.role, item.id))}[value="${candidate.ratings[i]}"]`).check();
  }
  if (candidate.mustHave !== undefined) await page.locator(css(mustHaveName(sheet.role, sheet.items[candidate.mustHave].id))).check();
  if (candidate.recommendation) await page.locator(`${css(recommendationName(sheet.role))}[value="${candidate.recommendation}"]`).check();
}

const keepButton = (page: Page, sheet: ScorecardSheet) => page.getByRole("button", { name: `Keep this candidate and start a blank sheet (${sheet.title})`, exact: true });
const comparison = (page: Page, sheet: ScorecardSheet) => page.getByRole("table", { name: `${sheet.title}: candidates kept in this browser` });
const row = (page: Page, sheet: ScorecardSheet, name: string) => comparison(page, sheet).getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
/** The page's status line (each total is an <output>, which is a status too). */
const status = (page: Page) => page.locator('p[role="status"]');

/** The status after keeping: with must-haves ticked, it says they stay ticked for the next candidate. */
const keptStatus = (sheet: ScorecardSheet, name: string, mustHaves = false) =>
  `Kept ${name}. The ${sheet.title} sheet is blank for the next candidate${mustHaves ? ", with the same must-haves ticked" : ""}.`;

async function fillAndKeep(page: Page, sheet: ScorecardSheet, candidate: Candidate) {
  await fill(page, sheet, candidate);
  const mustHaves = await page.locator(`[data-scorecard-sheet="${sheet.role}"] input[type="checkbox"]:checked`).count();
  await keepButton(page, sheet).click();
  await expect(status(page)).toHaveText(keptStatus(sheet, candidate.name, mustHaves > 0));
}

async function expectCompared(page: Page, sheet: ScorecardSheet, candidate: Candidate) {
  await expect(row(page, sheet, candidate.name).getByRole("cell")).toHaveText([...expectedRow(sheet, candidate), /Open.*Remove/]);
}

// Ada: one rating of each, so the first item gets the lowest, and it is a must-have. Grace: higher ratings, one left unrated.
const ada: Candidate = { name: "Ada Lovelace", ratings: architect.items.map((_, i) => (i % max) + 1), mustHave: 0, recommendation: "stop" };
const grace: Candidate = { name: "Grace Hopper", ratings: architect.items.map((_, i) => (i === architect.items.length - 1 ? 0 : max - (i % 2))), recommendation: "advance" };

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

  test("keeping a candidate keeps the role's must-have ticks for the next one, whose lowest rating on one then says Stop", async ({ page }) => {
    const sheet = page.locator(`[data-scorecard-sheet="${architect.role}"]`);
    const must = (i: number) => page.locator(css(mustHaveName(architect.role, architect.items[i].id)));
    // The interviewers agreed two must-haves for the role, and Ada is scored with both ticked.
    await must(1).check();
    await fillAndKeep(page, architect, ada);
    await expect(must(0)).toBeChecked();
    await expect(must(1)).toBeChecked();
    // Everything else about Ada is gone from the sheet: only the two ticks are checked, the fields are empty.
    await expect(sheet.locator("input:checked")).toHaveCount(2);
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue("");
    await expect(page.locator(css(recommendationNotesName(architect.role)))).toHaveValue("");
    await expect(page.locator(`[data-scorecard-total="${architect.role}"]`)).toContainText("0 out of");
    await expect(page.locator(`[data-scorecard-sheet="${engineer.role}"] input:checked`)).toHaveCount(0); // the other role's sheet is its own
    // A sheet with nothing but the role's ticks is blank: no row for it, and nothing to keep.
    await expect(comparison(page, architect).locator("tbody tr")).toHaveCount(1);
    await keepButton(page, architect).click();
    await expect(status(page)).toHaveText(`The ${architect.title} sheet is blank: there is nothing to keep yet.`);

    // The next candidate gets the lowest rating on the second must-have: the sheet says Stop without a new tick.
    const linus: Candidate = { name: "Linus", ratings: architect.items.map((_, i) => (i === 1 ? 1 : max)), mustHave: 1 };
    await fill(page, architect, { ...linus, mustHave: undefined });
    await expect(sheet.locator("[data-scorecard-stop]")).toContainText(architect.items[1].title);
    await fillAndKeep(page, architect, linus);
    await expectCompared(page, architect, linus);
    await expect(must(0)).toBeChecked();
    await expect(must(1)).toBeChecked();
    await page.reload();
    await hydrated(page);
    await expect(must(1)).toBeChecked();
    await expect(comparison(page, architect).locator("tbody tr")).toHaveCount(2);

    // Opening a kept candidate shows their own ticks; the blank sheet had nothing else, so nothing else is kept.
    await page.getByRole("button", { name: `Open ${ada.name} on the ${architect.title} sheet` }).click();
    await expect(status(page)).toHaveText(`Opened ${ada.name} on the ${architect.title} sheet.`);
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue(ada.name);
    await expect(must(0)).toBeChecked();
    await expect(comparison(page, architect).locator("tbody tr")).toHaveCount(2);
  });

  test("after keeping a candidate the reader lands on the blank sheet's Candidate field, below the header, and hears what happened", async ({ page }) => {
    await fill(page, architect, grace);
    await keepButton(page, architect).focus();
    await page.keyboard.press("Enter");
    const candidateField = page.locator(css(headerFieldName(architect.role, "candidate")));
    await expect(candidateField).toBeFocused();
    await expect(status(page)).toHaveText(keptStatus(architect, grace.name));
    await expectBelowHeader(page, headerFieldName(architect.role, "candidate"));
    // Its label too: the reader sees which field it is.
    const label = (await page.locator(`label[for="${headerFieldName(architect.role, "candidate")}"]`).boundingBox())!;
    const header = (await page.locator("[data-site-header]").boundingBox())!;
    expect(label.y).toBeGreaterThanOrEqual(header.y + header.height);
    // Typing goes straight onto the next candidate's sheet.
    await page.keyboard.type("Linus");
    await expect(candidateField).toHaveValue("Linus");
  });

  test("on a phone each kept candidate's comparison, Open and Remove included, fits the screen: nothing to scroll sideways for", async ({ page }) => {
    await page.setViewportSize(phone);
    await fillAndKeep(page, architect, ada);
    await fill(page, architect, grace); // and a row for the sheet being filled in
    const region = page.locator(`[data-scorecard-candidates="${architect.role}"]`);
    await expect(region.getByText(`Stop: ${architect.items[0].title}`).filter({ visible: true })).toHaveCount(1);
    await expect(region.getByText(`${grace.name} (on the sheet now)`).filter({ visible: true })).toHaveCount(1);
    // Nothing in the comparison reaches past the screen's right edge (a scrolling box would hide it there).
    const offScreen = await region.locator("*").evaluateAll((all) =>
      all.filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().right > window.innerWidth + 0.5).map((el) => `${el.tagName}: ${el.textContent}`),
    );
    expect(offScreen).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    for (const name of [`Open ${ada.name} on the ${architect.title} sheet`, `Remove ${ada.name} from the ${architect.title} candidates`]) {
      // Scrolled to vertically only, then found at its place: on screen, and what a tap there reaches.
      const place = await page.getByRole("button", { name }).evaluate((button) => {
        window.scrollBy(0, button.getBoundingClientRect().top - window.innerHeight / 2);
        const box = button.getBoundingClientRect();
        return { left: box.left, right: box.right, hit: button.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)) };
      });
      expect(place.left, name).toBeGreaterThanOrEqual(0);
      expect(place.right, name).toBeLessThanOrEqual(phone.width);
      expect(place.hit, name).toBe(true);
    }
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).include(`[data-scorecard-candidates="${architect.role}"]`).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
    // From the keyboard as well as by touch; the reader lands on Ada's sheet, below the header.
    await page.getByRole("button", { name: `Open ${ada.name} on the ${architect.title} sheet` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue(ada.name);
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toBeFocused();
    await expectBelowHeader(page, headerFieldName(architect.role, "candidate"));
    await expect(status(page)).toContainText(`kept as ${grace.name}`);
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
