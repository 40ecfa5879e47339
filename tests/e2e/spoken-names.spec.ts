import { expect, test } from "@playwright/test";
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
