import { expect, test } from "@playwright/test";
import { hydrated, openSearchDialog } from "./helpers";

// The search dialog (components/search-panel.client.tsx): with JavaScript, from any page. The /search page is search.spec.ts.
test.describe("search dialog", () => {
  test("opens with Ctrl+K, shows results as you type, arrows move, Enter lands on the section", async ({ page }) => {
    const { dialog, box } = await openSearchDialog(page, "/the-two-roles");
    await expect(dialog).toBeVisible();
    await expect(box).toBeFocused();
    await box.pressSequentially("fractional");
    const options = dialog.getByRole("option");
    await expect(options.first()).toBeVisible();
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id"))!);
    await box.press("ArrowUp");
    const target = await options.first().textContent();
    expect(target).toMatch(/fractional/i);
    await box.press("Enter");
    await expect(page).toHaveURL(/#/);
    const hash = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
  });

  test("opens with Ctrl+K (not with a lone '/', which speech input sets off), closes with Escape and returns focus to the trigger", async ({ page }) => {
    await page.goto("/vetting");
    await hydrated(page); // the shortcuts listen from hydration on
    await page.locator("body").click({ position: { x: 5, y: 300 } });
    const dialog = page.getByRole("dialog", { name: "Search the guide" });
    await page.keyboard.press("/");
    await page.waitForTimeout(300);
    await expect(dialog).toHaveCount(0);
    await page.keyboard.press("Control+k");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: /Search/ }).first()).toBeFocused();
  });

  test("the dialog asks the server only when the reader types, and downloads no index", async ({ page }) => {
    await page.goto("/vetting", { waitUntil: "networkidle" });
    const requested: { path: string; bytes: Promise<number> }[] = [];
    page.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      // Only an answer's body is read: a redirect has none to give.
      requested.push({ path, bytes: path.startsWith("/api/search") ? response.body().then((b) => b.length) : Promise.resolve(0) });
    });
    await page.keyboard.press("Control+k");
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(requested.filter(({ path }) => path.startsWith("/api/search"))).toEqual([]);
    await page.getByRole("combobox").pressSequentially("hipaa");
    await expect(page.getByRole("option").first()).toBeVisible();
    // Nothing but the dialog's own code and the answers to the query: no index, whatever the guide's size.
    expect(requested.filter(({ path }) => !path.startsWith("/_next/static/") && !path.startsWith("/api/search")).map(({ path }) => path)).toEqual([]);
    const answers = requested.filter(({ path }) => path.startsWith("/api/search"));
    expect(answers.length).toBeGreaterThanOrEqual(1);
    for (const answer of answers) expect(await answer.bytes, "one answer's bytes").toBeLessThan(16_000);
  });

  test("says how many of how many it shows, and a link at the end of the list leads to all of them on the search page", async ({ page }) => {
    const { dialog, box } = await openSearchDialog(page);
    await box.pressSequentially("architect");
    await expect(dialog.getByRole("option")).toHaveCount(8);
    const status = dialog.getByRole("status");
    await expect(status).toHaveText(/^The best 8 of \d+ results\. Press Enter for the highlighted one\.$/);
    const total = Number((await status.textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(8);
    const all = dialog.getByRole("link", { name: `See all ${total} results` });
    await expect(all).toHaveAttribute("href", "/search?q=architect");
    // The arrow keys still go through the results only, round from the last to the first.
    for (let i = 0; i < 8; i++) await box.press("ArrowDown");
    await expect(dialog.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    // Tab reaches the link after the close button, and Enter there opens the search page with the query.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(all).toBeFocused();
    // The modal dialog keeps Tab from reaching the page behind it, the link added or not.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement === document.body || !!document.activeElement?.closest("dialog"))).toBe(true);
    await all.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=architect$/);
    await expect(page.getByRole("status")).toHaveText(`The best 20 of ${total} results for “architect”`);
  });

  test("when every result fits, it says how many and offers no link", async ({ page }) => {
    const { dialog, box } = await openSearchDialog(page);
    await box.pressSequentially("mlops");
    await expect(dialog.getByRole("option").first()).toBeVisible();
    const count = await dialog.getByRole("option").count();
    expect(count).toBeLessThanOrEqual(8);
    await expect(dialog.getByRole("status")).toHaveText(`${count} result${count === 1 ? "" : "s"}. Press Enter for the highlighted one.`);
    await expect(dialog.getByRole("link", { name: /^See all/ })).toHaveCount(0);
  });

  test("Enter typed ahead of the answer searches what the box holds, not the first hit of the shorter query", async ({ page }) => {
    const { dialog, box } = await openSearchDialog(page);
    await box.pressSequentially("hip");
    await expect(dialog.getByRole("option").first()).toBeVisible();
    // The answer for the longer query is slow to come: Enter is pressed while "hip"'s results are still listed.
    await page.route("**/api/search?**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue().catch(() => {}); // the page has moved on by then
    });
    await box.pressSequentially("aa");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=hipaa$/);
  });

  test("Enter and the arrows that an input method uses while composing (Japanese, Chinese…) leave the dialog as it is", async ({ page }) => {
    const { dialog, box } = await openSearchDialog(page);
    await box.pressSequentially("hipaa");
    const options = dialog.getByRole("option");
    await expect(options.nth(1)).toBeVisible();
    const composing = (key: string) => box.dispatchEvent("keydown", { key, isComposing: true, bubbles: true });
    await composing("ArrowDown");
    await composing("Enter");
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/vetting$/);
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    // Once the text is confirmed, Enter is the dialog's again.
    await box.press("Enter");
    await expect(page).not.toHaveURL(/\/vetting$/);
  });

  test("when search is not answering, the dialog says so and Enter still reaches the search page", async ({ page }) => {
    const { dialog, box } = await openSearchDialog(page);
    // A real failure rather than a stubbed answer: the connection drops once the dialog's code has loaded.
    await page.context().setOffline(true);
    await box.pressSequentially("vetting");
    await expect(dialog.getByRole("status")).toHaveText(/not answering right now/);
    await expect(dialog.getByRole("option")).toHaveCount(0);
    await page.context().setOffline(false);
    await dialog.getByRole("combobox").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=vetting$/);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toBeVisible();
  });
});

test.describe("search dialog: where the reader lands", () => {
  test("a result on the page being read moves the focus to its section, not back to the Search button", async ({ page }) => {
    await page.goto("/vetting");
    const entry = page.getByRole("navigation", { name: "On this page" }).getByRole("link").nth(1);
    const [id, title] = [(await entry.getAttribute("href"))!.slice(1), (await entry.textContent())!.trim()];
    const { dialog, box } = await openSearchDialog(page, "/vetting");
    await box.pressSequentially(title);
    const options = dialog.getByRole("option");
    await expect(options.first()).toBeVisible();
    const texts = await options.allTextContents();
    const index = texts.findIndex((text) => text.includes(title));
    expect(index, texts.join(" | ")).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) await box.press("ArrowDown");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/vetting#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeFocused();
  });

  test("when the dialog's code cannot be loaded, the Search button opens the search page", async ({ page }) => {
    await page.goto("/vetting");
    await hydrated(page);
    // As offline, or after a new version was deployed: no further script comes.
    await page.route("**/_next/static/chunks/**", (route) => route.abort());
    await page.getByRole("button", { name: /^Search/ }).first().click();
    await expect(page).toHaveURL(/\/search$/);
  });
});
