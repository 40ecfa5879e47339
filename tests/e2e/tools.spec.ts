import { expect, test, type APIRequestContext } from "@playwright/test";
import { headerLinks } from "../../lib/data/shortcuts";
import { toolPath } from "../../lib/routes";
import { tools } from "../../lib/tools/catalog";
import { desktop, notFoundHeading, sitemapPaths } from "./helpers";

const toolPaths = tools.map((tool) => toolPath(tool.id));
const toolsMenu = headerLinks.find((link) => "links" in link)!;

/** The script URLs a page's HTML references: its first-load JavaScript. */
async function scriptsOf(request: APIRequestContext, path: string): Promise<Set<string>> {
  const html = await (await request.get(path)).text();
  return new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]));
}

test.describe("the hiring tools across the site", () => {
  test("each tool is in the sitemap and answers 200 with its own title", async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    for (const tool of tools) {
      expect(paths).toContain(toolPath(tool.id));
      const response = await page.goto(toolPath(tool.id));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(tool.title);
    }
  });

  for (const path of [...toolPaths.map((p) => `${p}/anything`), "/plan/opengraph-image/x", "/scorecard/ai-architect"]) {
    test(`${path} is a real 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundHeading);
    });
  }

  test("the header's Tools menu opens without JavaScript and leads to each tool", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: desktop });
    const page = await context.newPage();
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main", exact: true });
    await nav.locator("summary", { hasText: toolsMenu.text }).click();
    const links = nav.getByRole("link").filter({ hasText: new RegExp(toolsMenu.links.map((l) => l.text).join("|")) });
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(toolsMenu.links.map((l) => l.href));
    await links.first().click();
    await expect(page).toHaveURL(toolsMenu.links[0].href);
    await context.close();
  });

  test("the home page, the chapters they grow from and the FAQ link to them", async ({ page }) => {
    await page.goto("/");
    for (const path of toolPaths) await expect(page.locator(`main a[href="${path}"]`).first()).toBeVisible();
    const expected: Record<string, string[]> = { "/vetting": ["/scorecard", "/job-descriptions"], "/team-composition": ["/plan"], "/faq": toolPaths };
    for (const [chapter, links] of Object.entries(expected)) {
      await page.goto(chapter);
      for (const href of links) await expect(page.locator(`article a[href="${href}"]`).first(), `${chapter} → ${href}`).toBeVisible();
    }
  });

  test("search finds each tool", async ({ page }) => {
    for (const tool of tools) {
      await page.goto(`/search?q=${encodeURIComponent(tool.navTitle)}`);
      await expect(page.locator(`main a[href="${toolPath(tool.id)}"]`).first()).toBeVisible();
    }
  });

  test("an article page loads none of the tools' JavaScript", async ({ request }) => {
    const home = await scriptsOf(request, "/");
    const vetting = await scriptsOf(request, "/vetting");
    for (const path of toolPaths) {
      const own = [...(await scriptsOf(request, path))].filter((src) => !home.has(src));
      expect(own.length, `${path} has client code of its own`).toBeGreaterThan(0);
      for (const src of own) expect(vetting.has(src), `/vetting loads ${src} from ${path}`).toBe(false);
    }
  });
});
