import { expect, test, type Page } from "@playwright/test";
import { desktop, hydrated } from "./helpers";

// A keyboard or screen-reader user keeps their place: found by an audit with the keyboard alone, where focus
// went to the top of the page after Back, and focusing the header scrolled the page up.
test.use({ viewport: desktop });

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("href") ?? document.activeElement?.tagName);

/**
 * /vetting, with the focus on a link in its text to another chapter, far enough down that going to it scrolls:
 * where the page then is, and the link's address.
 */
async function focusLinkFarDown(page: Page) {
  await page.goto("/vetting");
  await hydrated(page);
  const link = page.locator("article .prose-guide a[href^='/']:not([href*='#'])").last();
  await link.scrollIntoViewIfNeeded();
  await link.focus();
  expect(await scrollY(page)).toBeGreaterThan(500);
  return { before: await scrollY(page), href: await link.getAttribute("href") };
}

test("the search dialog opened and closed from the middle of a chapter gives the focus back where it was, and the page stays put", async ({ page }) => {
  const { before, href } = await focusLinkFarDown(page);
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("dialog", { name: "Search the guide" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  expect(await focusedHref(page)).toBe(href); // was the header's Search button
  expect(await scrollY(page)).toBe(before); // focusing the header had scrolled the page up by its padding
  await page.getByRole("button", { name: "Dark theme" }).first().focus();
  expect(await scrollY(page)).toBe(before);
});

test("Back from a link followed with the keyboard puts the focus on that link, where the page was", async ({ page }) => {
  const { before, href } = await focusLinkFarDown(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/vetting$/);
  await expect.poll(() => focusedHref(page)).toBe(href); // was <main>: the next Tab jumped the page to the top
  expect(Math.abs((await scrollY(page)) - before)).toBeLessThan(50);
});

test("the search dialog's status is read out once the reader pauses, not at every keystroke", async ({ page }) => {
  await page.goto("/vetting");
  await hydrated(page);
  await page.keyboard.press("Control+k");
  const status = page.getByRole("dialog").getByRole("status");
  await status.evaluate((el) => {
    (window as unknown as { said: string[] }).said = [];
    new MutationObserver(() => (window as unknown as { said: string[] }).said.push(el.textContent ?? "")).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole("combobox").pressSequentially("salaries", { delay: 200 }); // a steady typing pace
  await expect(status).toHaveText(/Press Enter for the highlighted one/);
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  // At most "Searching…" and the answer: it had been one message per answer while typing, seven for one word,
  // "Nothing in the guide matches 's'" among them.
  expect(said.length).toBeLessThanOrEqual(2);
  expect(said.filter((text) => /Nothing in the guide matches|too common/.test(text))).toEqual([]);
});

test("the pager's arrows are not read as part of its links' names", async ({ page }) => {
  await page.goto("/vetting");
  const pager = page.locator("article a[rel='next'], article a[rel='prev']");
  for (const name of await pager.evaluateAll((links) => links.map((a) => a.textContent ?? ""))) expect(name).toMatch(/[←→]/);
  await expect(page.getByRole("link", { name: /^(Previous|Next) chapter/ })).toHaveCount(2);
});

test("on /print, a table that fits is no Tab stop", async ({ page }) => {
  await page.goto("/print");
  await hydrated(page);
  const boxes = page.locator("[data-scroll-box]");
  expect(await boxes.count()).toBeGreaterThan(0);
  await expect.poll(() => boxes.evaluateAll((all) => all.filter((box) => box.tabIndex === 0).length)).toBe(0);
});

test("the scorecard's fields are named with their sheet, so a list of the page's fields tells the two sheets apart", async ({ page }) => {
  await page.goto("/scorecard");
  const fields = page.locator("[data-scorecard-sheet] input[aria-labelledby]");
  const names: string[] = [];
  for (const field of await fields.all()) names.push((await field.ariaSnapshot()).replace(/^- \w+ "([^"]*)".*$/s, "$1"));
  expect(names.length).toBe(8);
  expect(new Set(names).size).toBe(names.length); // was "Candidate", "Role applied for", … twice
  await expect(page.getByRole("textbox", { name: "Candidate AI Architect interview", exact: true })).toHaveCount(1);
});
