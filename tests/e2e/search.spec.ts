import { expect, test, type Page } from "@playwright/test";
import { maxQueryLength, maxQueryTerms } from "../../lib/search/options";
import { hydrated, openSearchDialog } from "./helpers";

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form submits to /search and results link to the exact section", async ({ page }) => {
    await page.goto("/salaries");
    const field = page.getByRole("searchbox", { name: "Search the guide" }).first();
    await field.fill("title inflation");
    await field.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=title\+inflation/);
    const results = page.getByRole("list", { name: "Results" });
    const first = results.getByRole("link").first();
    await expect(first).toHaveAttribute("href", "/vetting#title-inflation");
    // Matched words are marked, in the result's title as in its excerpt.
    await expect(first.locator("mark", { hasText: /^inflation$/i }).first()).toBeVisible();
    await expect(first.locator("mark", { hasText: /^titles?$/i }).first()).toBeVisible();
    // Listed by a screen reader, the result's link is its title, not its excerpt too; and each result is a heading.
    await expect(first).toHaveAccessibleName("Title inflation");
    await expect(results.getByRole("heading", { level: 2 }).first()).toHaveText("Title inflation");
  });
});

test.describe("what the results page says about them", () => {
  test("a query that matches more than a page of hits says it shows the best of how many", async ({ page }) => {
    await page.goto("/search?q=architect");
    await expect(page.getByRole("status")).toHaveText(/^The best 20 of \d+ results for “architect”$/);
    const total = Number((await page.getByRole("status").textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(20);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("listitem")).toHaveCount(20);
  });

  test("a query cut at its word limit says so, with both limits", async ({ page }) => {
    const words = "fractional architect cost hiring vetting compliance salary equity engineer team roadmap vendor startup founder";
    await page.goto(`/search?q=${encodeURIComponent(words)}`);
    await expect(page.getByText(`we used its first words (at most ${maxQueryTerms} words and ${maxQueryLength} characters)`)).toBeVisible();
    await expect(page.locator("main").getByRole("searchbox")).toHaveValue(words.split(" ").slice(0, maxQueryTerms).join(" "));
  });
});

/** The addresses of the results a /search page lists. */
const resultLinks = (page: Page) => page.getByRole("list", { name: "Results" }).getByRole("heading").getByRole("link").evaluateAll((all) => all.map((a) => a.getAttribute("href")!));

test.describe("more results than a page", () => {
  for (const javaScriptEnabled of [false, true]) {
    test(`a link shows the next results, page by page to the last (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/search?q=salary");
      const status = page.getByRole("status");
      await expect(status).toHaveText(/^The best 20 of \d+ results for “salary”$/);
      const total = Number((await status.textContent())!.match(/of (\d+)/)![1]);
      expect(total, "the query matches more than one page and less than two").toBeGreaterThan(20);
      expect(total).toBeLessThanOrEqual(40);
      const first = await resultLinks(page);
      const pages = page.getByRole("navigation", { name: "Result pages" });
      await expect(pages.getByRole("link")).toHaveCount(1); // no way back from the first page
      await pages.getByRole("link", { name: `Show results 21 to ${total}` }).click();
      await expect(page).toHaveURL(/\/search\?q=salary&page=2#results$/);
      await expect(status).toHaveText(`Results 21 to ${total} of ${total} for “salary”`);
      // It opens at the results, not at the search box again.
      await expect(status).toBeInViewport();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const second = await resultLinks(page);
      expect(second).toHaveLength(total - 20);
      expect(second.filter((href) => first.includes(href)), "no result shown twice").toEqual([]);
      // The last page leads back only; the way back is the first page again.
      await expect(pages.getByRole("link")).toHaveCount(1);
      await pages.getByRole("link", { name: "Show results 1 to 20" }).click();
      await expect(page).toHaveURL(/\/search\?q=salary#results$/);
      expect(await resultLinks(page)).toEqual(first);
      await context.close();
    });
  }

  test("every page of a wider search lists new results until all are shown, and stays out of search engines", async ({ page }) => {
    await page.goto("/search?q=architect");
    const total = Number((await page.getByRole("status").textContent())!.match(/of (\d+)/)![1]);
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      seen.push(...(await resultLinks(page)));
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      const next = page.getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: new RegExp(`^Show results ${n * 20 + 1} to`) });
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(page).toHaveURL(new RegExp(`&page=${n + 1}#results$`));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  const last = "Results 21 to"; // "salary" has two pages
  for (const [value, shows] of [["abc", "The best 20 of"], ["0", "The best 20 of"], ["-2", "The best 20 of"], ["2.5", "The best 20 of"], ["", "The best 20 of"], ["2", last], [" 2 ", last], ["99", last], ["9".repeat(400), last]] as const) {
    test(`page=${JSON.stringify(value.slice(0, 12))} gives a page of results, not an error`, async ({ page }) => {
      const response = await page.goto(`/search?q=salary&page=${encodeURIComponent(value)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("status")).toHaveText(new RegExp(`^${shows} `));
      await expect(page.getByRole("list", { name: "Results" }).getByRole("listitem").first()).toBeVisible();
    });
  }
});

test.describe("hostile queries", () => {
  const queries = ["", "   ", "x".repeat(2000), "😀", '"quotes"', "(a+)+$[", "<img src=x onerror=alert(1)>", "<script>window.__pwned=1</script>"];
  for (const query of queries) {
    test(`returns a normal page for ${JSON.stringify(query.slice(0, 20))}`, async ({ page }) => {
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Search the guide" })).toBeVisible();
      // Nothing typed is rendered as HTML: no injected element, no executed script.
      expect(await page.locator("main img, main script").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      if (query.trim() === "") await expect(page.getByText("Type a question or a few words")).toBeVisible();
    });
  }

  test("a query with no match says so and suggests others", async ({ page }) => {
    await page.goto("/search?q=zzzqqqxxy");
    await expect(page.getByRole("status")).toContainText("Nothing in the guide matches");
    await expect(page.getByRole("link", { name: "salary", exact: true })).toBeVisible();
  });
});

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

  test("when search is not answering, the dialog says so and Enter still reaches the search page", async ({ page }) => {
    await page.route("**/api/search?**", (route) => route.fulfill({ status: 503, body: "unavailable" }));
    const { dialog, box } = await openSearchDialog(page);
    await box.pressSequentially("vetting");
    await expect(dialog.getByRole("status")).toHaveText(/not answering right now/);
    await expect(dialog.getByRole("option")).toHaveCount(0);
    await dialog.getByRole("combobox").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=vetting$/);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toBeVisible();
  });
});
