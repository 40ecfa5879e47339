import { expect, test } from "@playwright/test";
import { formatBandRange, salaryBands, spokenBandRange } from "../../lib/salary-bands";
import { desktop, hydrated } from "./helpers";

// What a screen reader says for a control or a cell, where the visible text alone would be read oddly or twice.

test("the header's search button is named “Search the guide”: its Ctrl K hint is not read as part of the name", async ({ page }) => {
  await page.setViewportSize(desktop);
  await page.goto("/vetting");
  await hydrated(page);
  const button = page.getByRole("banner").getByRole("button", { name: /^Search/ });
  await expect(button).toContainText("Ctrl K"); // shown on wide screens...
  await expect(button).toHaveAccessibleName("Search the guide"); // ...and said by aria-keyshortcuts instead
  await expect(button).toHaveAttribute("aria-keyshortcuts", /Control\+K/);
});

test("a salary band's figure in the /salaries table is said once, in words, without its role and region again", async ({ page }) => {
  await page.goto("/salaries");
  const table = page.getByRole("table", { name: "Salary bands per year, by role and region" });
  for (const band of salaryBands) {
    // Still shown as "$200K–$350K+" on screen.
    const row = table.getByRole("row").filter({ hasText: formatBandRange(band) });
    const figure = row.getByRole("cell").last();
    // The row header ("AI Architect") and the Region column say whose band it is; the cell says the range.
    await expect(figure).toHaveAccessibleName([spokenBandRange(band), band.note].filter(Boolean).join(" "));
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("pages with a second search box name both search landmarks, so a screen reader's list tells them apart", async ({ page }) => {
    for (const [path, own] of [["/search?q=architect", "Search again"], ["/no-such-page", "Find a page"]]) {
      await page.goto(path);
      // The header's box stands in for the search button, which needs JavaScript.
      const names = await page.getByRole("search").evaluateAll((forms) => forms.map((form) => form.getAttribute("aria-label")));
      expect(names, path).toEqual(["Site", own]);
    }
  });
});
