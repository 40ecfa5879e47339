import { expect, test, type Page } from "@playwright/test";
import { maxQueryLength, maxQueryTerms } from "../../lib/search/options";

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

  test("the results page and the 404 page each have a visible Search button that runs the typed search", async ({ page }) => {
    for (const [path, landmark] of [["/search?q=architect", "Search again"], ["/no-such-page", "Find a page"]]) {
      await page.goto(path);
      const form = page.getByRole("search", { name: landmark });
      await form.getByRole("searchbox").fill("fractional architect");
      await form.getByRole("button", { name: "Search" }).click();
      await expect(page).toHaveURL(/\/search\?q=fractional\+architect$/);
      await expect(page.getByRole("status")).toContainText("“fractional architect”");
    }
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

  test("control characters in a query (a null, an escape) come back as �, in the title, the box and the status: the page stays valid HTML", async ({ page, request }) => {
    const html = await (await request.get("/search?q=ab%00cd%1Bx")).text();
    for (const control of ["\u0000", "\u001b"]) expect(html.includes(control), JSON.stringify(control)).toBe(false);
    await page.goto("/search?q=ab%00cd%1Bx");
    await expect(page).toHaveTitle(/^Search: ab\uFFFDcd\uFFFDx/);
    await expect(page.locator("main").getByRole("searchbox")).toHaveValue("ab\uFFFDcd\uFFFDx");
  });

  test("a query with no match says so and suggests others", async ({ page }) => {
    await page.goto("/search?q=zzzqqqxxy");
    await expect(page.getByRole("status")).toContainText("Nothing in the guide matches");
    await expect(page.getByRole("link", { name: "salary", exact: true })).toBeVisible();
  });
});
