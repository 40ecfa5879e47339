import { expect, test, type Page } from "@playwright/test";
import { bodyBackground, chapterPaths, luminance } from "./helpers";

const isDark = (color: string) => luminance(color) < 0.1;

/** Records the theme and body background as they are when the document has just been parsed. */
async function recordAtDomContentLoaded(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const w = window as unknown as { __atDcl: { theme?: string; background: string } };
      w.__atDcl = { theme: document.documentElement.dataset.theme, background: getComputedStyle(document.body).backgroundColor };
    });
  });
}

const atDcl = (page: Page) =>
  page.evaluate(() => (window as unknown as { __atDcl: { theme?: string; background: string } }).__atDcl);

test.describe("theme toggle, system light", () => {
  test.use({ colorScheme: "light" });

  test("choosing dark switches the page and survives a reload without a flash", async ({ page, request }) => {
    const [chapter] = await chapterPaths(request);
    await recordAtDomContentLoaded(page);
    await page.goto(chapter);
    expect(isDark(await bodyBackground(page))).toBe(false);
    // A toggle button with one name; its state is what changes, and what a screen reader says.
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(isDark(await bodyBackground(page))).toBe(true);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(toggle).toBeFocused();

    await page.reload();
    const first = await atDcl(page);
    expect(first.theme).toBe("dark");
    expect(isDark(first.background), `body background at DOMContentLoaded: ${first.background}`).toBe(true);
    expect(isDark(await bodyBackground(page))).toBe(true);
    await expect(page.getByRole("button", { name: "Dark theme", pressed: true })).toBeVisible();

    // The choice is site-wide, not per page.
    await page.goto("/salaries");
    expect((await atDcl(page)).theme).toBe("dark");
  });
});

test.describe("theme toggle, system dark", () => {
  test.use({ colorScheme: "dark" });

  test("choosing light overrides the system theme after a reload", async ({ page }) => {
    await recordAtDomContentLoaded(page);
    await page.goto("/");
    expect(isDark(await bodyBackground(page))).toBe(true);
    await page.getByRole("button", { name: "Dark theme", pressed: true }).click(); // the system's dark, shown as pressed
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    expect(isDark(await bodyBackground(page))).toBe(false);
    await page.reload();
    const first = await atDcl(page);
    expect(first.theme).toBe("light");
    expect(isDark(first.background), `body background at DOMContentLoaded: ${first.background}`).toBe(false);
  });
});

test("without JavaScript the page follows the system theme through CSS", async ({ browser, request }) => {
  const [chapter] = await chapterPaths(request);
  for (const colorScheme of ["dark", "light"] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme });
    const page = await context.newPage();
    await page.goto(chapter);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme");
    expect(isDark(await bodyBackground(page)), colorScheme).toBe(colorScheme === "dark");
    await context.close();
  }
});
