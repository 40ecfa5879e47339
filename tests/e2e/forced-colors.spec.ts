import { expect, test, type Page } from "@playwright/test";
import { allAnswerCombinations } from "../../lib/tools/plan";
import { planHref } from "../../lib/tools/plan-params";
import { planRules } from "../../lib/tools/plan-rules";
import { sitemapPaths } from "./helpers";

/**
 * Readers who see the page differently: text enlarged to 200% (a reader's style sheet sets the root font size,
 * which a media query's rem does not follow; a phone's text-size setting does the same) and Windows High
 * Contrast (forced colours). axe checks neither.
 */

const wide = { width: 1280, height: 900 } as const;

async function withJs(page: Page, path: string) {
  await page.goto(path);
  await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute("data-js"))).toBe(true);
}

async function enlargeText(page: Page) {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test.describe("text enlarged to 200% on a 1280 px screen", () => {
  test.use({ viewport: wide });

  test("the header keeps every control on screen and the page does not scroll sideways", async ({ page }) => {
    for (const path of ["/", "/vetting", "/plan"]) {
      await withJs(page, path);
      await enlargeText(page);
      const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      expect(width.page, `${path}: no sideways scrolling`).toBeLessThanOrEqual(width.view);
      for (const control of [page.getByRole("button", { name: /theme/ }), page.getByRole("button", { name: /Search/ }).first()]) {
        const box = (await control.boundingBox())!;
        expect(box.x, path).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${path}: ${await control.getAttribute("aria-label")} is inside the screen`).toBeLessThanOrEqual(width.view);
      }
      // The site's name stays visible beside its mark (it had been squeezed to nothing).
      const name = page.locator("header[data-site-header] a[href='/'] span").first();
      expect(await name.evaluate((el) => el.getBoundingClientRect().width), `${path}: the site's name shows`).toBeGreaterThan(0);
      expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth), `${path}: the site's name is not cut`).toBe(true);
    }
  });

  test("a chapter's title and text do not run over the chapter list or the contents", async ({ page }) => {
    await withJs(page, "/vetting");
    await enlargeText(page);
    const title = await page.locator("h1").evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, overflows: el.scrollWidth > el.clientWidth };
    });
    expect(title.overflows, "the title's words fit its column").toBe(false);
    for (const name of ["Chapters", "On this page"]) {
      const nav = page.getByRole("navigation", { name, exact: true });
      if (!(await nav.isVisible())) continue;
      const box = await nav.evaluate((el) => el.getBoundingClientRect().toJSON() as Box);
      expect(overlap(title, box), `the title does not overlap "${name}"`).toBe(false);
    }
    // The main column is wide enough to read: at least half the screen, not a sliver between two side columns.
    const text = await page.locator("article .prose-guide").evaluate((el) => el.getBoundingClientRect().width);
    expect(text).toBeGreaterThanOrEqual(wide.width / 2);
  });
});

test.describe("text enlarged to 200% on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("no page scrolls sideways: long words break, tables scroll in their own box", async ({ page, request }) => {
    test.setTimeout(90_000);
    const routes = [...(await sitemapPaths(request)), "/search?q=architect", "/vetting/architect-questions", planHref(allAnswerCombinations(planRules)[0], planRules.questions)];
    const tooWide: string[] = [];
    for (const route of routes) {
      await withJs(page, route);
      await enlargeText(page);
      const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      if (width.page > width.view) tooWide.push(`${route}: ${width.page - width.view} px too wide`);
    }
    expect(tooWide).toEqual([]);
  });

  test("the header's mark, Menu and search button sit side by side on screen, and the theme button is in the menu", async ({ page }) => {
    await withJs(page, "/vetting");
    await enlargeText(page);
    const header = page.locator("header[data-site-header]");
    const boxes = [];
    for (const control of [header.getByRole("link", { name: /AI Hiring Guide/ }), header.getByText("Menu", { exact: true }), header.getByRole("button", { name: /Search/ })]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      boxes.push({ left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height });
    }
    expect(overlap(boxes[0], boxes[1]), "the Menu does not cover the mark").toBe(false);
    expect(overlap(boxes[1], boxes[2]), "the search button does not cover the Menu").toBe(false);
    await header.getByText("Menu", { exact: true }).click();
    const theme = header.getByRole("navigation", { name: "Main" }).getByRole("button", { name: /theme/ });
    await expect(theme).toBeVisible();
    const before = await page.evaluate(() => document.documentElement.dataset.theme ?? "");
    await theme.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);
  });
});

test.describe("text enlarged to 200% on a 640 px screen", () => {
  // A 1280 px window at 200% browser zoom is 640 px wide; a media query counts in the browser's default rem, so
  // at 640 px it still gave the salary axis all five labels, at twice their size: "$300K$400K" ran together.
  test("the salary chart's axis labels stay apart and inside the chart", async ({ page }) => {
    for (const width of [640, 700, 768]) {
      await page.setViewportSize({ width, height: 900 });
      await withJs(page, "/salaries");
      await enlargeText(page);
      const axes = await page.locator("[data-salary-bands]").evaluateAll((figures) =>
        figures.map((figure) => {
          const labels = [...figure.querySelectorAll("[data-axis-label]")]
            .filter((label) => label.checkVisibility())
            .map((label) => label.getBoundingClientRect());
          const box = figure.getBoundingClientRect();
          return {
            count: labels.length,
            gaps: labels.slice(1).map((label, i) => label.left - labels[i].right),
            inside: labels.every((label) => label.left >= box.left && label.right <= box.right),
          };
        }),
      );
      expect(axes.length, "a chart on /salaries").toBeGreaterThan(0);
      for (const axis of axes) {
        expect(axis.count, `${width} px: the axis has its ends labelled`).toBeGreaterThanOrEqual(2);
        expect(Math.min(...axis.gaps), `${width} px: space between neighbouring labels`).toBeGreaterThanOrEqual(8);
        expect(axis.inside, `${width} px: labels inside the chart`).toBe(true);
      }
    }
  });
});

test.describe("forced colours", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${colorScheme}: the sticky header is opaque, so text scrolled under it does not show through its links`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: "active", colorScheme });
      await withJs(page, "/vetting");
      const alpha = await page.locator("header[data-site-header]").evaluate((el) => {
        const probe = document.createElement("canvas").getContext("2d")!;
        probe.fillStyle = getComputedStyle(el).backgroundColor;
        probe.fillRect(0, 0, 1, 1);
        return probe.getImageData(0, 0, 1, 1).data[3];
      });
      expect(alpha).toBe(255);
    });

    test(`${colorScheme}: a chosen answer's box is marked, not only by its small radio button`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: "active", colorScheme });
      await withJs(page, "/plan");
      const group = page.locator("fieldset").first();
      await group.locator("input[type=radio]").first().check();
      const look = (label: ReturnType<typeof group.locator>) =>
        label.evaluate((el) => {
          const style = getComputedStyle(el);
          return `${style.borderTopColor} ${style.outlineStyle} ${style.outlineColor}`;
        });
      const labels = group.locator("label");
      expect(await labels.count()).toBeGreaterThan(1);
      expect(await look(labels.first()), "the chosen box looks different from one not chosen").not.toBe(await look(labels.nth(1)));
    });
  }
});
