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

test.describe("header menu", () => {
  test("on wide screens the site's pages are plain links in the header, with no menu button", async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main", exact: true });
    await expect(page.getByText("Menu", { exact: true })).toBeHidden();
    await nav.getByRole("link", { name: "Salaries" }).click();
    await expect(page).toHaveURL(/\/salaries$/);
  });

  test("the phone menu closes after choosing a page, and on Escape", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("/vetting");
    const menu = page.locator("details.site-menu");
    await menu.locator("summary").first().click();
    await expect(menu).toHaveAttribute("open", "");
    await menu.getByRole("link", { name: "Salaries" }).click();
    await expect(page).toHaveURL(/\/salaries$/);
    await expect(menu).not.toHaveAttribute("open");

    await menu.locator("summary").first().click();
    await expect(menu).toHaveAttribute("open", "");
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open");
    await expect(menu.locator("summary").first()).toBeFocused();
  });

  test("the Tools group opens in place and leads to each tool, on wide screens and in the phone menu", async ({ page }) => {
    for (const viewport of [desktop, phone]) {
      await page.setViewportSize(viewport);
      await page.goto("/salaries");
      if (viewport === phone) await page.locator("details.site-menu > summary").click();
      const tools = page.locator("details.site-menu details", { hasText: "Tools" });
      await tools.locator("summary").click();
      await tools.getByRole("link", { name: "Interview scorecard" }).click();
      await expect(page).toHaveURL(/\/scorecard$/);
      await expect(tools).not.toHaveAttribute("open");
    }
  });
});
