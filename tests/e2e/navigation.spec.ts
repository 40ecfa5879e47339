import { expect, test } from "@playwright/test";
import { faqEntries } from "../../lib/faq";
import { desktop, phone } from "./helpers";

test.describe("FAQ deep links without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: desktop });

  test("/faq#<id> opens that answer and shows its question below the header", async ({ page }) => {
    const entry = faqEntries[5];
    await page.goto(`/faq#${entry.id}`);
    const details = page.locator(`details:has([id="${entry.id}"])`);
    await expect(details).toHaveAttribute("open", "");
    await expect(details.getByText(entry.answer)).toBeInViewport();
    const question = (await details.locator("summary").boundingBox())!;
    const header = (await page.locator("[data-site-header]").boundingBox())!;
    expect(question.y).toBeGreaterThanOrEqual(header.y + header.height);
    // The other answers stay closed.
    await expect(page.locator("details[open]")).toHaveCount(1);
  });
});

test.describe("header menus", () => {
  test("the Chapters menu closes after choosing a chapter, and on Escape", async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "Main", exact: true }).locator("details").filter({ hasText: "Chapters" });
    await menu.locator("summary").click();
    await expect(menu).toHaveAttribute("open", "");
    await menu.getByRole("link").nth(4).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page).not.toHaveURL(/\/$/);
    await expect(menu).not.toHaveAttribute("open");

    await menu.locator("summary").click();
    await expect(menu).toHaveAttribute("open", "");
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open");
    await expect(menu.locator("summary")).toBeFocused();
  });

  test("the phone menu closes after choosing a chapter", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("/salaries");
    const menu = page.locator("details[data-menu]", { hasText: "Menu" });
    await menu.locator("summary").click();
    const link = menu.getByRole("link").filter({ hasText: "Vetting" });
    await link.click();
    await expect(page).toHaveURL(/\/vetting$/);
    await expect(menu).not.toHaveAttribute("open");
  });
});
