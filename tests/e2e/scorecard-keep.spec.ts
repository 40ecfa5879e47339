import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { headerFieldName, mustHaveName, recommendationNotesName } from "../../lib/tools/scorecard";
import { candidatesStorageKey, maxKeptCandidates } from "../../lib/tools/scorecard-candidates";
import { ada, architect, comparison, css, engineer, expectCompared, fill, fillAndKeep, grace, keepButton, keptStatus, max, status, type Candidate } from "./scorecard-candidates-helpers";
import { expectBelowHeader, hydrated, phone } from "./helpers";

// Keeping a candidate: the next one's blank sheet keeps the role's must-haves, the reader lands on it, and on a
// phone the comparison fits the screen.

test.describe("keeping a candidate", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/scorecard");
    await hydrated(page);
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

  test("with as many candidates kept as the page holds, Keep says so and leaves the sheet as it is", async ({ page }) => {
    // Earlier interviews for the other role fill the list (stored as the page stores them).
    const earlier = Array.from({ length: maxKeptCandidates }, (_, i) => ({ id: `earlier-${i}`, role: engineer.role, name: `Earlier candidate ${i + 1}`, values: {} }));
    await page.evaluate(([key, list]) => localStorage.setItem(key, list), [candidatesStorageKey, JSON.stringify(earlier)]);
    await page.reload();
    await hydrated(page);
    await fill(page, architect, ada);
    await keepButton(page, architect).click();
    // The old page said "Kept", blanked the sheet, and had lost Ada by the next read of the list.
    await expect(status(page)).toContainText("Remove one you no longer need");
    await expect(page.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue(ada.name);
    page.once("dialog", (dialog) => dialog.accept());
    await comparison(page, engineer).getByRole("button", { name: `Remove Earlier candidate 1 from the ${engineer.title} candidates` }).click();
    await keepButton(page, architect).click();
    await expect(status(page)).toHaveText(keptStatus(architect, ada.name, true));
    await page.reload();
    await expectCompared(page, architect, ada);
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
});
