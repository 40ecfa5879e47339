import { expect, test, type Locator, type Page } from "@playwright/test";
import { allAnswerCombinations } from "../../lib/tools/plan";
import { planRules } from "../../lib/tools/plan-rules";
import { desktop, hydrated, openSearchDialog, phone } from "./helpers";

// What a reader on the keyboard meets, found by an audit of the built site: focus hidden under an open
// menu, a highlighted search result out of sight, questions under the sticky header, focus left behind
// after a navigation, an answer whose start was off-screen.

/** Waits until the page has stopped scrolling (the router may scroll to a #fragment after the page has rendered). */
async function scrollSettled(page: Page) {
  await expect
    .poll(
      async () => {
        const before = await page.evaluate(() => scrollY);
        await page.waitForTimeout(120);
        return (await page.evaluate(() => scrollY)) === before;
      },
      { intervals: [0] },
    )
    .toBe(true);
}

/** The phone header's menu on `path`, once the page is hydrated (the menus close themselves from then on). */
async function phoneMenu(page: Page, path: string) {
  await page.setViewportSize(phone);
  await page.goto(path);
  await hydrated(page);
  return page.locator("details.site-menu");
}

/** Presses Tab until focus has left `region` (at most `max` times). */
async function tabOutOf(page: Page, region: Locator, max: number) {
  for (let i = 0; i < max && (await region.evaluate((r) => r.contains(document.activeElement))); i++) await page.keyboard.press("Tab");
}

test.describe("header menus and the keyboard", () => {
  test("on phones, Tab out of the open menu closes it, so focus never lands under its panel", async ({ page }) => {
    const menu = await phoneMenu(page, "/vetting");
    await menu.locator("summary").first().focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("open", "");
    // Through the menu's links and out of it.
    await tabOutOf(page, menu, 40);
    await expect(menu).not.toHaveAttribute("open");
    const panel = await menu.locator(".site-menu-panel").isVisible();
    expect(panel).toBe(false);
  });

  test("on phones, Tab goes through the header in the order it is shown: name, Menu, search, theme", async ({ page }) => {
    await phoneMenu(page, "/vetting");
    await page.locator("[data-site-header] a[href='/']").focus();
    const stops: { name: string; x: number }[] = [];
    for (let i = 0; i < 4; i++) {
      stops.push(
        await page.evaluate(() => {
          const element = document.activeElement!;
          return { name: (element.getAttribute("aria-label") ?? element.textContent!).trim(), x: element.getBoundingClientRect().x };
        }),
      );
      await page.keyboard.press("Tab");
    }
    expect(stops.map((stop) => stop.name)).toEqual([expect.stringContaining("AI Hiring Guide"), "Menu", expect.stringContaining("Search"), expect.stringMatching(/theme/)]);
    for (let i = 1; i < stops.length; i++) expect(stops[i].x, `${stops[i].name} is right of ${stops[i - 1].name}`).toBeGreaterThan(stops[i - 1].x);
  });

  test("on phones, a menu link to the page already open (Contents on the home page) closes the menu", async ({ page }) => {
    const menu = await phoneMenu(page, "/");
    await menu.locator("summary").first().click();
    await menu.getByRole("link", { name: "Contents" }).click();
    await expect(page).toHaveURL(/#chapters$/);
    await expect(menu).not.toHaveAttribute("open");
    await expect(page.getByRole("heading", { name: "The chapters" })).toBeInViewport();
  });

  test("on wide screens, the Tools dropdown closes when focus moves on, and Escape leaves focus where it is", async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto("/vetting");
    await hydrated(page);
    const tools = page.locator("details.site-menu details", { hasText: "Tools" });
    await tools.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(tools).toHaveAttribute("open", "");
    await tabOutOf(page, tools, 10);
    await expect(tools).not.toHaveAttribute("open");
    const focusedText = await page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(focusedText);
  });
});

test.describe("search dialog and the keyboard", () => {
  test("the arrow keys keep the highlighted result in view, and the list is not a Tab stop of its own", async ({ page }) => {
    await page.setViewportSize(phone);
    const { dialog, box } = await openSearchDialog(page);
    await box.pressSequentially("architect");
    const options = dialog.getByRole("option");
    await expect(options.first()).toBeVisible();
    const count = await options.count();
    expect(count).toBeGreaterThan(4); // more than the phone's list shows at once
    const list = dialog.getByRole("listbox");
    for (let i = 1; i < count; i++) {
      await box.press("ArrowDown");
      const selected = options.nth(i);
      await expect(selected).toHaveAttribute("aria-selected", "true");
      const [option, visible] = [(await selected.boundingBox())!, (await list.boundingBox())!];
      expect(option.y, `result ${i + 1} top`).toBeGreaterThanOrEqual(visible.y - 1);
      expect(option.y + option.height, `result ${i + 1} bottom`).toBeLessThanOrEqual(visible.y + visible.height + 1);
    }
    // Tab from the box reaches the close button, and the next Tab does not stop on the list: on the link to all results.
    await box.focus();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: /close search/ })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("link", { name: /^See all \d+ results$/ })).toBeFocused();
  });

  test("the search box shows a focus ring", async ({ page }) => {
    const { box } = await openSearchDialog(page);
    await expect(box).toBeFocused();
    expect(await box.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
  });
});

test.describe("landing places", () => {
  for (const [name, viewport] of [["phone", phone], ["desktop", desktop]] as const) {
    for (const javaScriptEnabled of [false, true]) {
      test(`an FAQ answer reached from search results shows its whole question below the header (${name}, JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
        const context = await browser.newContext({ viewport, javaScriptEnabled });
        const page = await context.newPage();
        const results = "/search?q=architect";
        await page.goto(results);
        const links = await page.locator('main a[href^="/faq#"]').evaluateAll((all) => all.map((a) => a.getAttribute("href")!));
        expect(links.length).toBeGreaterThan(2);
        const hidden: string[] = [];
        for (const href of links) {
          await page.goto(results);
          await page.locator(`main a[href="${href}"]`).first().click();
          await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, "\\$&")}$`));
          const id = href.split("#")[1];
          await expect(page.locator(`details:has([id="${id}"])`)).toHaveAttribute("open", "");
          await scrollSettled(page);
          const question = (await page.locator(`details:has([id="${id}"]) summary`).boundingBox())!;
          const header = (await page.locator("[data-site-header]").boundingBox())!;
          if (question.y < header.y + header.height - 0.5) hidden.push(`${href}: question at ${Math.round(question.y)}, header ends at ${Math.round(header.y + header.height)}`);
        }
        expect(hidden).toEqual([]);
        await context.close();
      });
    }
  }

  test("after a link in the footer, focus starts at the new page's content, not back in the footer", async ({ page }) => {
    await page.goto("/vetting");
    await hydrated(page);
    const link = page.locator("footer").getByRole("link", { name: "Salary benchmarks" });
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/salaries$/);
    await expect(page.locator("#main")).toBeFocused();
    // The next Tab goes to the first control of the new page, not to the footer's next link.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main, footer")?.tagName)).toBe("MAIN");
  });

  test("a link to a place on a page (Contents, See all chapters) moves where the next Tab starts: to the chapters, not back to the header", async ({ page }) => {
    await page.setViewportSize(desktop);
    const firstChapter = page.locator("#chapters").getByRole("link").first();
    // From a chapter, through the header (a navigation to another page and a #fragment).
    await page.goto("/vetting");
    await hydrated(page);
    await page.getByRole("banner").getByRole("link", { name: "Contents" }).first().press("Enter");
    await expect(page).toHaveURL(/\/#chapters$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("chapters"); // landed (the address changes first)
    await page.keyboard.press("Tab");
    await expect(firstChapter).toBeFocused();
    // On the home page itself (a place on the same page).
    await page.goto("/");
    await hydrated(page);
    await page.getByRole("link", { name: "See all chapters" }).press("Enter");
    await expect(page).toHaveURL(/\/#chapters$/);
    await page.keyboard.press("Tab");
    await expect(firstChapter).toBeFocused();
  });

  test("on wide screens, “Show my team” brings the start of the answer into view", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const answers = allAnswerCombinations(planRules)[0];
    await page.goto("/plan");
    await hydrated(page);
    for (const question of planRules.questions) {
      const label = question.options.find((o) => o.value === answers[question.id])!.label;
      await page.getByRole("group", { name: new RegExp(`^\\d+\\. ${question.label.replace(/[?.()]/g, "\\$&")}`) }).getByRole("radio", { name: label, exact: true }).check();
    }
    await page.getByRole("button", { name: "Show my team" }).click();
    const answer = page.locator("#answer");
    await expect(answer).toBeFocused();
    await expect(answer.getByRole("heading").first()).toBeInViewport();
  });
});

test.describe("small things a keyboard shows", () => {
  test("a table is a Tab stop, named after its columns, only while it needs scrolling; each row is named after its first cell", async ({ page, browser }) => {
    const tabStops = (boxes: ReturnType<typeof page.locator>) =>
      boxes.evaluateAll((all) => all.map((box) => ({ scrolls: box.scrollWidth > box.clientWidth + 1, tabindex: box.getAttribute("tabindex"), label: box.getAttribute("aria-label") })));
    // The guide's tables fit a 320 px phone (their cells wrap): the keyboard does not stop on each of them.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/sourcing-and-cost");
    const boxes = page.locator("[data-scroll-box]:has(table)");
    expect(await boxes.count()).toBeGreaterThan(0);
    await expect.poll(async () => (await tabStops(boxes)).map((box) => box.tabindex)).toEqual((await tabStops(boxes)).map(() => null));
    // With text at 200 % (WCAG 1.4.4) a table no longer fits and scrolls sideways: its box becomes a Tab stop,
    // named after its columns, so it can be scrolled by keyboard.
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    await expect.poll(async () => (await tabStops(boxes)).every((box) => box.scrolls && box.tabindex === "0")).toBe(true);
    for (const box of await tabStops(boxes)) expect(box.label).toMatch(/^Table: .+, .+/);
    // Without JavaScript nothing can measure them: every box stays a Tab stop, so none is out of the keyboard's reach.
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const plain = await noJs.newPage();
    await plain.goto("/sourcing-and-cost");
    expect(new Set((await tabStops(plain.locator("[data-scroll-box]:has(table)"))).map((box) => box.tabindex))).toEqual(new Set(["0"]));
    await noJs.close();
    // A screen reader reads a cell with its row's name ("AI Architect"), not only its column's.
    await page.goto("/sourcing-and-cost");
    const table = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "When it fits" }) });
    await expect(table.getByRole("rowheader")).toHaveText(["Buy", "Build", "Hire"]);
  });

  test("the skip link, when focused, is a comfortable target", async ({ page }) => {
    await page.goto("/vetting");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    const box = (await skip.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(40);
  });

  test("the scorecard fits a 320 px screen without scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto("/scorecard");
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
