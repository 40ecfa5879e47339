import { expect, test } from "@playwright/test";
import { headerFieldName, notesName, ratingName, recommendationNotesName } from "../../lib/tools/scorecard";
import { scorecardSheets } from "../../lib/tools/scorecard-data";
import { hydrated } from "./helpers";

const [architect, engineer] = scorecardSheets();
const css = (name: string) => `[name="${name}"]`;

test("two tabs of the scorecard: typing in the older tab no longer wipes what was typed in the newer one", async ({ context }) => {
  const older = await context.newPage();
  await older.goto("/scorecard");
  await hydrated(older);
  const newer = await context.newPage();
  await newer.goto("/scorecard");
  await hydrated(newer);

  // The interview is written up in the newer tab…
  await newer.locator(css(headerFieldName(architect.role, "candidate"))).fill("Ada Lovelace");
  await newer.locator(css(notesName(architect.role, architect.items[0].id))).fill("Walked through the whole pipeline.");
  await newer.locator(`${css(ratingName(architect.role, architect.items[0].id))}[value="3"]`).check();
  // …and the older tab, still open, shows it, total included, so a word typed there keeps it.
  await expect(older.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue("Ada Lovelace");
  await expect(older.locator(`[data-scorecard-total="${architect.role}"]`)).toContainText("3 out of");
  await older.locator(css(headerFieldName(engineer.role, "candidate"))).fill("Grace Hopper");

  const later = await context.newPage();
  await later.goto("/scorecard");
  await hydrated(later);
  await expect(later.locator(css(headerFieldName(architect.role, "candidate")))).toHaveValue("Ada Lovelace");
  await expect(later.locator(css(notesName(architect.role, architect.items[0].id)))).toHaveValue("Walked through the whole pipeline.");
  await expect(later.locator(css(headerFieldName(engineer.role, "candidate")))).toHaveValue("Grace Hopper");
  // And the newer tab shows what the older one added.
  await expect(newer.locator(css(headerFieldName(engineer.role, "candidate")))).toHaveValue("Grace Hopper");
});

test("a note longer than the page keeps is stopped as it is typed, not cut short at the next reload", async ({ page }) => {
  await page.goto("/scorecard");
  await hydrated(page);
  const notes = page.locator(css(recommendationNotesName(architect.role)));
  await notes.click();
  // Pasted or typed, as a reader would: text inserted by the keyboard, not set by a script.
  await page.keyboard.insertText("Strong on monitoring, weaker on cost. ".repeat(200));
  const shown = await notes.inputValue();
  await page.reload();
  await hydrated(page);
  await expect(notes).toHaveValue(shown);
});
