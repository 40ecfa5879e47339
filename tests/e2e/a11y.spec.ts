import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { allAnswerCombinations } from "../../lib/tools/plan";
import { planHref } from "../../lib/tools/plan-params";
import { planRules } from "../../lib/tools/plan-rules";
import { freshAddress, postForm, uniqueEmail, unsubscribePath, validRequest } from "./forms-helpers";
import { chapterPaths, contrast, openSearchDialog, sectionsOf, sitemapPaths } from "./helpers";

// The planner with an answer, and with a link it cannot read (the questionnaire plus a message).
const planRoutes = [planHref(allAnswerCombinations(planRules)[0], planRules.questions), "/plan?ai=unknown&colour=blue"];
/**
 * The page every mail links to, for a real link (with its buttons), as a consultation receipt and the deletion
 * link open it, and for a link that is not valid.
 */
async function mailLinkRoutes(baseURL: string): Promise<string[]> {
  const link = await unsubscribePath(baseURL, "a11y-link");
  return [link, `${link}&about=request`, `${link}&about=delete`, "/unsubscribe?token=t"];
}

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The pages the forms lead to, none of them in the sitemap: both forms with their errors shown, what a signup and
 * a request lead to, the privacy flow's outcomes, a confirmation link that is not valid, the admin's sign-in.
 */
async function formRoutes(baseURL: string): Promise<string[]> {
  const after = async (action: string, fields: Record<string, string>) =>
    (await postForm(`${baseURL}${action}`, fields, { "X-Forwarded-For": freshAddress() })).headers.get("location")!.replace(/#.*$/, "");
  return [
    await after("/api/consultation", { ...validRequest("not-an-address"), company: "" }),
    await after("/api/subscribe", { email: "not-an-address" }),
    await after("/api/subscribe", { email: uniqueEmail("a11y"), consent: "yes" }),
    await after("/api/consultation", validRequest(uniqueEmail("a11y"))),
    "/privacy/link-sent",
    "/privacy/deleted",
    "/subscribe/confirm?token=cut-short",
    "/admin/sign-in",
  ];
}

/**
 * Link names that lead to more than one address on a page. Listed out of context, as screen readers list
 * links, five "read the chapter" cannot be told apart (WCAG 2.4.4 and 2.4.9). A name is the aria-label or the
 * text, as every link of the site is named (text, not innerText: a closed menu's links have no rendered text).
 */
async function ambiguousLinkNames(page: Page): Promise<string[]> {
  const links = await page.locator("a[href]").evaluateAll((anchors) =>
    anchors.map((a) => ({ name: (a.getAttribute("aria-label") ?? a.textContent ?? "").replace(/\s+/g, " ").trim(), href: (a as HTMLAnchorElement).href })),
  );
  const hrefs = new Map<string, Set<string>>();
  for (const { name, href } of links) hrefs.set(name, (hrefs.get(name) ?? new Set<string>()).add(href));
  return [...hrefs].filter(([, set]) => set.size > 1).map(([name, set]) => `"${name}" leads to ${[...set].join(" and ")}`);
}

test("no WCAG 2.1 A/AA violations on any route, light and dark, and no link name that leads to two places", async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const [chapter] = await chapterPaths(request);
  const [section] = await sectionsOf(page, chapter);
  // Home, every chapter (FAQ included), /salaries, /contact and the tools come from the sitemap.
  // A middle page of search results has both ways through them, and every result's link.
  const routes = [...(await sitemapPaths(request)), `${chapter}/${section.id}`, ...planRoutes, ...(await mailLinkRoutes(baseURL!)), "/search?q=architect&page=2", "/no-such-page", `${chapter}/no-such-section`, ...(await formRoutes(baseURL!))];
  const problems: string[] = [];
  for (const route of routes) {
    await test.step(route, async () => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(route);
      // Each page once, in both themes: the theme follows the system's, so switching it restyles the same page.
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
        const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        for (const v of violations) problems.push(`${route} [${colorScheme}] ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
      for (const name of await ambiguousLinkNames(page)) problems.push(`${route}: ${name}`);
    });
  }
  expect(routes.filter((route) => /^\/(subscribe|consultation)(\?|\/sent\?)/.test(route))).toHaveLength(4);
  expect(problems, problems.join("\n")).toEqual([]);
});

test("Tab from the top of the page reaches a visible 'Skip to content' link first", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).toBeGreaterThan(0);
  const box = await skip.boundingBox();
  expect(box!.width).toBeGreaterThan(20);
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});

test("on a 390 px phone no page scrolls sideways", async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const [chapter] = await chapterPaths(request);
  const [section] = await sectionsOf(page, chapter);
  const wide: string[] = [];
  for (const route of [...(await sitemapPaths(request)), `${chapter}/${section.id}`, "/search?q=architect", "/search?q=architect&page=2", "/print", "/no-such-page", `${chapter}/no-such-section`]) {
    await page.goto(route);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${route}: ${width} px`);
  }
  expect(wide, wide.join("\n")).toEqual([]);
});

test("landmarks stay few and distinct: callouts, takeaways and role cards are notes and groups, not landmarks", async ({ page }) => {
  for (const path of ["/the-two-roles", "/print"]) {
    await page.goto(path);
    // The article's own boxes are there (a callout, the takeaway)...
    await expect(page.locator("main [role=note]").first()).toBeVisible();
    // ...and none of them is a landmark a screen reader lists; the regions left have names of their own.
    expect(await page.locator("main aside, main [role=complementary]").count(), path).toBe(0);
    const regionNames = await page.locator("section[aria-label], section[aria-labelledby], [role=region]").evaluateAll((all) =>
      all.map((el) => el.getAttribute("aria-label") ?? document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent?.trim() ?? ""),
    );
    expect(regionNames.filter((name, i) => regionNames.indexOf(name) !== i), path).toEqual([]);
  }
});

test("the search dialog with more results than it shows, and its link to them all, has no WCAG 2.1 A/AA violations", async ({ page }) => {
  await page.goto("/vetting");
  await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute("data-js"))).toBe(true);
  await page.getByRole("button", { name: /Search/ }).first().click();
  await page.getByRole("combobox").fill("architect");
  await expect(page.getByRole("dialog").getByRole("link", { name: /^See all \d+ results$/ })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include("dialog").withTags(wcagTags).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the highlighted search result is marked by more than a faint background (3:1 against the dialog, both themes)", async ({ page }) => {
  await page.goto("/vetting");
  await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute("data-js"))).toBe(true);
  await page.getByRole("button", { name: /Search/ }).first().click();
  await page.getByRole("combobox").fill("architect");
  const selected = page.locator("[role=option][aria-selected=true]");
  await expect(selected).toBeVisible();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const outline = await selected.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth, color: getComputedStyle(el).outlineColor }));
    expect(outline.style).toBe("solid");
    expect(Number.parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    // WCAG 1.4.11: the one cue that shows which result Enter opens stands out from the dialog.
    const dialogBackground = await page.getByRole("dialog").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(contrast(outline.color, dialogBackground), colorScheme).toBeGreaterThanOrEqual(3);
  }
});

// The box's placeholder is the only text a sighted reader sees for it; "Search chapters, FAQ and salaries" was
// cut to "Search chapters, FAQ and sal" on a 390 px phone, and did not hold the box's name ("Search the guide").
test("the search dialog's box shows its whole placeholder on a 320 px phone, and the placeholder is part of its name", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const { box } = await openSearchDialog(page);
  await expect(box).toBeFocused();
  const fit = await box.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input, "::placeholder");
    const probe = document.createElement("span");
    Object.assign(probe.style, { font: style.font, letterSpacing: style.letterSpacing, position: "absolute", whiteSpace: "pre", width: "max-content" });
    probe.textContent = input.placeholder;
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    const own = getComputedStyle(input);
    return { placeholder: input.placeholder, needed, room: input.clientWidth - Number.parseFloat(own.paddingLeft) - Number.parseFloat(own.paddingRight) };
  });
  expect(fit.needed, `"${fit.placeholder}" fits its box`).toBeLessThanOrEqual(fit.room);
  const name = await box.evaluate((input: HTMLInputElement) => [...(input.labels ?? [])].map((label) => label.textContent).join(" "));
  expect(name.toLowerCase()).toContain(fit.placeholder.toLowerCase());
});

// Windows High Contrast (forced colours) drops every fill: what a fill alone showed must keep a line.
test.describe("forced colours", () => {
  test.use({ colorScheme: "dark" });

  test("solid buttons keep their edge, salary bars stay drawn, and a landed-on section is outlined", async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" });
    await page.goto("/");
    const solid = page.getByRole("link", { name: "Start reading" });
    expect(await solid.evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).borderTopWidth])).toEqual(["solid", "1px"]);

    await page.goto("/salaries");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const bar of await page.locator("[data-chart-bar] > div").all()) {
      const fill = await bar.evaluate((el) => getComputedStyle(el).backgroundColor);
      const gradient = await bar.evaluate((el) => getComputedStyle(el).backgroundImage);
      expect(fill !== background || gradient.includes("gradient"), "a bar is drawn in a colour of its own").toBe(true);
    }

    await page.goto("/vetting#architect-questions");
    expect(await page.locator("#architect-questions").evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  });
});
