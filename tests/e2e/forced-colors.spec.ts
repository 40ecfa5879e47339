import { expect, test, type Page } from "@playwright/test";

/**
 * Readers who see the page differently: text enlarged to 200% (a reader's style sheet sets the root font size,
 * which a media query's rem does not follow) and Windows High Contrast (forced colours). axe checks neither.
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
