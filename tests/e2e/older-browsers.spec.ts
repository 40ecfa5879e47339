import { expect, test, type Page } from "@playwright/test";
import { desktop, hydrated, phone } from "./helpers";

// Readers on Safari before 18.4 and Firefox before 143 (no `::details-content`), and on Firefox and Safari before
// 26.2 (no `field-sizing`), as Chromium shows them once those are taken away: the site's stylesheet reaches the
// page with both made unknown, so Chromium drops the same rules those browsers drop, and CSS.supports says no.
async function asOlderBrowser(page: Page) {
  await page.route(/\/_next\/static\/.*\.css$/, async (route) => {
    const css = await (await route.fetch()).text();
    expect(css).toContain("::details-content"); // what is taken away is there to take
    await route.fulfill({ status: 200, contentType: "text/css", body: css.replaceAll("::details-content", "::x-details-content").replaceAll("field-sizing", "x-field-sizing") });
  });
  await page.addInitScript(() => {
    const supports = CSS.supports.bind(CSS);
    CSS.supports = ((...args: string[]) => (/details-content|field-sizing/.test(args.join(" ")) ? false : supports(...(args as [string])))) as typeof CSS.supports;
  });
}

const print = (page: Page, event: "beforeprint" | "afterprint") => page.evaluate((name) => window.dispatchEvent(new Event(name)), event);

test("a wide screen shows the header's links, the chapter list and the contents open; a phone still gets its Menu", async ({ page }) => {
  await asOlderBrowser(page);
  await page.setViewportSize(desktop);
  await page.goto("/vetting");
  await hydrated(page);
  const header = page.locator("header[data-site-header]");
  const menu = header.locator("summary", { hasText: "Menu" });
  await expect(header.getByRole("link", { name: "Salaries" })).toBeVisible();
  await expect(menu).toBeHidden();
  await expect(page.locator(".chapter-nav").getByRole("link", { name: /Vetting/ })).toBeVisible();
  await expect(page.locator(".toc [data-toc-link]").first()).toBeVisible();
  await expect(page.locator(".chapter-nav > summary, .toc > summary")).toHaveCount(2);
  for (const summary of await page.locator(".chapter-nav > summary, .toc > summary").all()) await expect(summary).toBeHidden();
  // The Tools dropdown stays closed (it had inherited the wide menu's --open-wide and was pinned open over the page).
  const tools = header.locator("li > details"); // the menu inside the menu
  await expect(tools.locator(":scope > summary")).toHaveText(/Tools/);
  await expect(tools.locator(":scope > summary")).toBeVisible();
  await expect(tools).not.toHaveAttribute("open");
  // A click in the page closes open menus, not the header's links.
  await page.locator("main h1").click();
  await expect(header.getByRole("link", { name: "Salaries" })).toBeVisible();
  // Narrowed to a phone: the Menu again, closed; opened, the tools are listed under their label.
  await page.setViewportSize(phone);
  await expect(menu).toBeVisible();
  await expect(header.getByRole("link", { name: "Salaries" })).toBeHidden();
  await menu.click();
  await expect(tools.getByRole("list", { name: "Tools" })).toBeVisible();
  await expect(tools.locator(":scope > summary")).toBeHidden();
});

test("printing the FAQ prints every answer, and closes again the ones it opened", async ({ page }) => {
  await asOlderBrowser(page);
  await page.goto("/faq");
  await hydrated(page);
  // Whether each answer is rendered (not inside a closed disclosure) in print; sizes mean little here, as the
  // print media is laid out at the screen's width.
  const printed = () => page.locator("[data-faq-entry] [id] > p:first-child").evaluateAll((answers) => answers.map((p) => p.checkVisibility()));
  await page.emulateMedia({ media: "print" });
  expect(new Set(await printed())).toEqual(new Set([false])); // what those browsers printed: the questions alone
  await print(page, "beforeprint");
  const answers = await printed();
  expect(answers.length).toBeGreaterThan(5);
  expect(new Set(answers)).toEqual(new Set([true]));
  await print(page, "afterprint");
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("[data-faq-entry][open]")).toHaveCount(0);
});

test("/print holds the FAQ's answers open in its markup, with or without JavaScript", async ({ request }) => {
  const html = await (await request.get("/print")).text();
  const entries = html.match(/<details[^>]*data-faq-entry[^>]*>/g) ?? [];
  expect(entries.length).toBeGreaterThan(5);
  for (const entry of entries) expect(entry).toMatch(/\sopen=""/);
});

test("a long scorecard note prints whole", async ({ page }) => {
  await asOlderBrowser(page);
  await page.goto("/scorecard");
  await hydrated(page);
  const note = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of a long note about the candidate's answer.`).join(" ");
  const field = page.locator("textarea[data-notes-field]").first();
  await field.fill(note);
  const copy = page.locator("[data-notes-copy]").first();
  await print(page, "beforeprint");
  await page.emulateMedia({ media: "print" });
  await expect(field).toBeHidden();
  await expect(copy).toBeVisible();
  await expect(copy).toHaveText(note);
  expect(await copy.evaluate((box) => box.scrollHeight <= box.clientHeight + 1)).toBe(true);
  await print(page, "afterprint");
  await expect(copy).toBeHidden();
  await expect(field).toBeVisible();
});
