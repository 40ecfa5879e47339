import { expect, test, type Page } from "@playwright/test";
import { faqEntries } from "../../lib/faq";
import { desktop, hydrated, phone } from "./helpers";

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

  test("on wide screens the Tools group drops down and leads to each tool", async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto("/salaries");
    const tools = page.locator("details.site-menu details", { hasText: "Tools" });
    await tools.locator("summary").click();
    await tools.getByRole("link", { name: "Interview scorecard" }).click();
    await expect(page).toHaveURL(/\/scorecard$/);
    await expect(tools).not.toHaveAttribute("open");
  });

  test("in the phone menu the tools are listed under their label, one tap away like the other pages", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("/salaries");
    await page.locator("details.site-menu > summary").click();
    const nav = page.getByRole("navigation", { name: "Main", exact: true });
    await expect(nav.getByText("Tools", { exact: true })).toBeVisible();
    await expect(nav.locator("summary", { hasText: "Tools" })).toBeHidden();
    await nav.getByRole("link", { name: "Interview scorecard" }).click();
    await expect(page).toHaveURL(/\/scorecard$/);
  });
});

test.describe("header while the page arrives", () => {
  /** The boxes of the header's logo and menu button, as laid out now. */
  const headerBoxes = (page: Page) =>
    page.evaluate(() => {
      const box = (selector: string) => {
        const element = document.querySelector(selector);
        if (!element || getComputedStyle(element).display === "none") return null;
        const { x, y, width, height } = element.getBoundingClientRect();
        if (width === 0 && height === 0) return null; // nothing of it shown yet
        return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
      };
      const row = document.querySelector("[data-site-header] > div")!.getBoundingClientRect();
      // Whatever in the row sticks out of it (a wrapped name or link, a crowded button).
      const spills = [...document.querySelectorAll("[data-site-header] > div *")]
        .filter((element) => element.checkVisibility() && !element.closest(".sr-only"))
        .filter((element) => {
          const r = element.getBoundingClientRect();
          return r.top < row.top - 0.5 || r.bottom > row.bottom + 0.5 || r.left < row.left - 0.5 || r.right > row.right + 0.5;
        })
        .map((element) => element.outerHTML.slice(0, 80));
      return {
        logo: box("[data-site-header] a[href='/']"),
        menu: box("details.site-menu"),
        search: box(".header-actions > button"),
        spills,
      };
    });

  // A browser paints what it has parsed so far: on a slow phone a frame can show the header with only its
  // first part. Nothing shown in such a frame may move when the rest arrives (a layout shift the reader sees).
  for (const width of [320, 360, phone.width, 412, 768, 1024, desktop.width]) {
    test(`the logo, menu and search button stay where they are when the rest of the header arrives (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/");
      const final = await headerBoxes(page);
      expect(final.logo!.height, "the site name is on one line").toBeLessThanOrEqual(36);
      expect(final.spills, "nothing sticks out of the header").toEqual([]);

      const html = await (await page.request.get("/")).text();
      // Cut the page after the logo, in the menu before and inside its button, before the header's buttons,
      // inside the first and between them; the framework's scripts are held back, as they have not run when
      // the browser paints part of the document.
      const menuAt = html.indexOf('<details data-menu="true" class="site-menu');
      const actionsAt = html.indexOf('<div class="header-actions ');
      const summaryAt = html.indexOf("<summary", menuAt);
      const searchAt = html.indexOf("<button", actionsAt);
      const cuts = {
        "after the logo": menuAt,
        "before the menu's button": summaryAt,
        "inside the menu's button, before its text": html.indexOf(">", summaryAt) + 1,
        "before the search and theme buttons": actionsAt,
        "inside the search button, before its icon": html.indexOf(">", searchAt) + 1,
        "between the search and theme buttons": html.indexOf("<button", html.indexOf("</button>", actionsAt)),
      };
      for (const [marker, cut] of Object.entries(cuts)) {
        expect(cut, marker).toBeGreaterThan(menuAt - 1);
        expect(menuAt, "the menu").toBeGreaterThan(0);
        await page.route("**/_next/static/**/*.js", (route) => route.abort());
        await page.route((url) => url.pathname === "/" && url.search === "?partial", (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html.slice(0, cut) }));
        await page.goto("/?partial");
        const partial = await headerBoxes(page);
        expect(partial.logo, `logo, page cut ${marker}`).toEqual(final.logo);
        // What has arrived is where it ends up, or not shown yet (no browser-made "Details" button either);
        // once the page is cut past its end, it must be shown.
        expect(cut < actionsAt ? [null, final.menu] : [final.menu], `menu, page cut ${marker}`).toContainEqual(partial.menu);
        expect(cut < html.indexOf("</button>", actionsAt) ? [null, final.search] : [final.search], `search button, page cut ${marker}`).toContainEqual(partial.search);
        await page.unrouteAll();
      }
    });
  }
});

test.describe("the page being read, in the header and footer", () => {
  test.use({ viewport: desktop });

  test("their links to it are marked as the current page, and the mark follows the reader", async ({ page }) => {
    await page.goto("/salaries");
    await hydrated(page);
    const main = page.getByRole("navigation", { name: "Main" });
    const footer = page.getByRole("navigation", { name: "Footer" });
    await expect(main.getByRole("link", { name: "Salaries" })).toHaveAttribute("aria-current", "page");
    await expect(footer.getByRole("link", { name: "Salary benchmarks" })).toHaveAttribute("aria-current", "page");
    await expect(page.locator("[data-site-header] nav [aria-current], [data-site-footer] nav [aria-current]")).toHaveCount(2);
    // A client-side navigation moves the mark: the header persists, so it must not keep the old one.
    await main.getByRole("link", { name: "FAQ" }).click();
    await expect(page).toHaveURL(/\/faq$/);
    await expect(main.getByRole("link", { name: "FAQ" })).toHaveAttribute("aria-current", "page");
    await expect(main.getByRole("link", { name: "Salaries" })).not.toHaveAttribute("aria-current");
    // "Contents" is a place on the home page (/#chapters), not the home page itself.
    await page.goto("/");
    await hydrated(page);
    await expect(main.getByRole("link", { name: "Contents" })).not.toHaveAttribute("aria-current");
  });
});

test.describe("Back to a place in a page", () => {
  test.use({ viewport: desktop });

  /** Leaves for the FAQ by the header, then goes Back: the page left must be on screen again, not only in the address. */
  async function leaveAndComeBack(page: Page, title: string, address: RegExp) {
    await expect(page).toHaveURL(address);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "FAQ" }).click();
    await expect(page.locator("h1")).toHaveText("Frequently asked questions");
    await page.goBack();
    await expect(page).toHaveURL(address);
    await expect(page.locator("h1")).toHaveText(title); // Next had ignored the entry: the FAQ stayed on screen
  }

  test("after a jump by the chapter's contents, Back from another page shows the chapter again", async ({ page }) => {
    await page.goto("/vetting");
    await hydrated(page);
    const title = (await page.locator("h1").textContent())!;
    const entry = page.getByRole("navigation", { name: "On this page" }).getByRole("link").nth(1);
    const id = (await entry.getAttribute("href"))!.slice(1);
    await entry.click();
    await leaveAndComeBack(page, title, new RegExp(`/vetting#${id}$`));
  });

  test("a shared section's page, landed at its section, comes back on Back from another page", async ({ page }) => {
    await page.goto("/vetting");
    const title = (await page.locator("h1").textContent())!;
    const id = (await page.getByRole("navigation", { name: "On this page" }).getByRole("link").first().getAttribute("href"))!.slice(1);
    await page.goto(`/vetting/${id}`);
    await hydrated(page);
    await leaveAndComeBack(page, title, new RegExp(`/vetting/${id}#${id}$`));
  });
});

test.describe("header without JavaScript on tablets", () => {
  test.use({ javaScriptEnabled: false });

  // Without JavaScript the header holds a search field where the buttons would be; on a portrait tablet
  // (768 to 815 px) that field squeezed the site's name to "AI Hirin…".
  for (const width of [768, 800, 820, 900, 1024]) {
    test(`the site's name is shown whole beside the search field (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/vetting");
      const header = page.locator("[data-site-header]");
      await expect(header.getByRole("searchbox", { name: "Search the guide" })).toBeVisible();
      const name = header.getByRole("link", { name: "AI Hiring Guide" }).locator("span").first();
      await expect(name).toHaveText("AI Hiring Guide");
      const cut = await name.evaluate((element) => element.scrollWidth > element.clientWidth);
      expect(cut, "the name is cut short with an ellipsis").toBe(false);
    });
  }
});
