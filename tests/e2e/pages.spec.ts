import { expect, test } from "@playwright/test";
import { faqEntries } from "../../lib/faq";
import { formatBandRange, salaryBands } from "../../lib/salary-bands";
import { chapterPaths, desktop, headOf, notFoundHeading, phone, pngSize, SITE_URL, sectionsOf, sitemapPaths } from "./helpers";

test.describe("routes", () => {
  test("every page in the sitemap returns 200 and shows exactly one h1", async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    expect(paths).toContain("/");
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    }
  });

  test("/no-such-page is a real 404 with the site's 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundHeading);
    await expect(page.getByRole("link", { name: "See all chapters" })).toBeVisible();
  });

  for (const path of ["/%", "/vetting%E0%A4", "/faq/%zz"]) {
    test(`${path} (a malformed address) is a 400 with a message, not a 500`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain("malformed %-escape");
    });
  }

  test("every page has a title, a description, an absolute canonical link and a working favicon", async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    const icons = new Set<string>();
    for (const path of paths) {
      const head = await headOf(page, path);
      expect(head.title.trim(), `${path} <title>`).not.toBe("");
      expect(head.description?.trim(), `${path} meta description`).toBeTruthy();
      expect(head.canonical, `${path} canonical`).toBeTruthy();
      const canonical = new URL(head.canonical!);
      expect(canonical.origin, `${path} canonical origin`).toBe(SITE_URL);
      expect(canonical.pathname.replace(/\/$/, ""), `${path} canonical path`).toBe(path.replace(/\/$/, ""));
      expect(head.icon, `${path} favicon link`).toBeTruthy();
      icons.add(head.icon!);
    }
    for (const icon of icons) expect((await request.get(icon)).status(), icon).toBe(200);
    // Clients that never read the page (old browsers, some link unfurlers) ask /favicon.ico; iOS reads the touch icon.
    const ico = await request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    expect((await headOf(page, "/")).touchIcon).toBe("/apple-touch-icon.png");
    const touchIcon = await request.get("/apple-touch-icon.png");
    expect(touchIcon.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await touchIcon.body())).toEqual({ width: 180, height: 180 });
  });
});

test("a short page's footer ends at the bottom of the window, on a phone and a desktop, with and without JavaScript", async ({ browser }) => {
  for (const viewport of [phone, desktop]) {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/privacy/deleted");
      const footer = (await page.locator("footer[data-site-footer]").boundingBox())!;
      expect(Math.abs(footer.y + footer.height - viewport.height), `${viewport.width} px, JavaScript ${javaScriptEnabled ? "on" : "off"}`).toBeLessThanOrEqual(1);
      await context.close();
    }
  }
});

test.describe("reading a chapter", () => {
  test.use({ viewport: desktop });

  test("a table-of-contents link brings its heading into view", async ({ page, request }) => {
    const [chapter] = await chapterPaths(request);
    await page.goto(chapter);
    const toc = page.getByRole("navigation", { name: "On this page", exact: true });
    const links = toc.getByRole("link");
    expect(await links.count()).toBeGreaterThan(2);
    const link = links.nth(2);
    const id = (await link.getAttribute("href"))!.slice(1);
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).not.toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(heading).toBeInViewport();
    await expect(heading).toHaveText((await link.textContent())!.trim());
  });

  test("the salary figures on /salaries are the ones in the data", async ({ page }) => {
    await page.goto("/salaries");
    await expect(page.locator("[data-band-range]")).toHaveText(salaryBands.map((band) => formatBandRange(band)));
  });

  test("clicking an FAQ question opens its answer; every question is a heading a screen reader can jump to", async ({ page }) => {
    await page.goto("/faq");
    const questions = page.locator("article").getByRole("heading", { level: 2 });
    expect(await questions.allTextContents()).toEqual(expect.arrayContaining(faqEntries.map((e) => e.question)));
    const entry = faqEntries[1];
    const details = page.locator(`details:has([id="${entry.id}"])`);
    await expect(details).not.toHaveAttribute("open");
    await expect(page.getByText(entry.answer)).toBeHidden();
    await details.getByText(entry.question).click();
    await expect(details).toHaveAttribute("open", "");
    await expect(page.getByText(entry.answer)).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test("a chapter shows its heading, text, chapter navigation and contents", async ({ browser, request }) => {
    const chapters = await chapterPaths(request);
    const chapter = chapters[1];
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: desktop });
    const page = await context.newPage();
    await page.goto(chapter);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const firstParagraph = page.locator("article .prose > p").first();
    await expect(firstParagraph).toBeVisible();
    expect((await firstParagraph.textContent())!.trim().length).toBeGreaterThan(40);

    const nav = page.getByRole("navigation", { name: "Chapters", exact: true });
    await expect(nav).toBeVisible();
    const navHrefs = await nav.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(navHrefs).toEqual(chapters);

    const sections = await sectionsOf(page, chapter);
    const toc = page.getByRole("navigation", { name: "On this page", exact: true });
    for (const section of sections) {
      await expect(toc.getByRole("link", { name: section.title, exact: true })).toHaveAttribute("href", `#${section.id}`);
    }
    const last = sections.at(-1)!;
    await toc.getByRole("link", { name: last.title, exact: true }).click();
    await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
    await context.close();
  });

  test("on a phone the Menu and Chapters disclosures open and lead to every page and chapter", async ({ browser, request }) => {
    const chapters = await chapterPaths(request);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
    const page = await context.newPage();
    await page.goto(chapters[0]);

    const menuNav = page.getByRole("navigation", { name: "Main", exact: true });
    await expect(menuNav).toBeHidden();
    await page.getByText("Menu", { exact: true }).click();
    await expect(menuNav).toBeVisible();
    await expect(menuNav.getByRole("link", { name: "Salaries" })).toBeInViewport();
    await expect(menuNav.getByRole("searchbox", { name: "Search the guide" })).toBeVisible();
    await page.getByText("Menu", { exact: true }).click();

    const chapterNav = page.getByRole("navigation", { name: "Chapters", exact: true });
    await expect(chapterNav).toBeHidden();
    await page.locator("summary", { hasText: "Chapters" }).click();
    const chapterLinks = chapterNav.getByRole("link");
    await expect(chapterLinks.first()).toBeInViewport();
    expect(await chapterLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual(chapters);
    await expect(chapterNav.locator('[aria-current="page"]')).toHaveAttribute("href", chapters[0]);
    await chapterLinks.nth(2).click();
    await expect(page).toHaveURL(`${chapters[2]}`);
    await context.close();
  });

  test("each card on the home page is a heading whose link is named by its title alone, and a click anywhere on the card follows it", async ({ page }) => {
    await page.goto("/");
    const chapters = page.locator("#chapters");
    const titles = await chapters.getByRole("heading", { level: 3 }).allTextContents();
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) await expect(chapters.getByRole("link", { name: title, exact: true })).toHaveCount(1);
    const card = chapters.getByRole("listitem").first();
    const href = (await card.getByRole("link").getAttribute("href"))!;
    const box = (await card.boundingBox())!;
    await card.click({ position: { x: box.width / 2, y: box.height - 8 } }); // at the reading time, far from the title
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test("the chapter list numbers the chapters as their pages do, and leaves the glossary, headed 'Reference', unnumbered", async ({ page }) => {
    await page.goto("/glossary");
    await expect(page.locator("article").getByText("Reference", { exact: true })).toBeVisible();
    const items = page.getByRole("navigation", { name: "Chapters", exact: true }).getByRole("link");
    const numbers = await items.evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.querySelector("[aria-hidden]")!.textContent]));
    expect(numbers.find(([href]) => href === "/glossary")![1]).toBe("");
    for (const [href, number] of numbers.filter(([path]) => path !== "/glossary")) {
      await page.goto(href!);
      await expect(page.locator("article").getByText(`Chapter ${number}`, { exact: true }), href!).toBeVisible();
    }
  });

  test("an FAQ answer opens when its question is clicked", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/faq");
    const entry = faqEntries.at(-1)!;
    const details = page.locator(`details:has([id="${entry.id}"])`);
    await expect(page.getByText(entry.answer)).toBeHidden();
    await details.getByText(entry.question).click();
    await expect(details).toHaveAttribute("open", "");
    await expect(page.getByText(entry.answer)).toBeVisible();
    await context.close();
  });
});

test("the pager names the page it leads to as the site does: the glossary is reference, not the next chapter", async ({ page }) => {
  await page.goto("/faq");
  const pager = page.getByRole("navigation", { name: "Previous and next chapters" });
  await expect(pager.getByRole("link", { name: /Glossary/ })).toContainText(/^Next →/);
  await expect(pager.getByRole("link", { name: /Glossary/ })).not.toContainText("chapter");
  await expect(pager.getByRole("link").first()).toContainText(/^← Previous chapter/);
});
