import { expect, test } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { navLabel } from "../../lib/schemas/article";
import { site } from "../../lib/site";
import { headOf, SITE_URL } from "./helpers";

// What search engines and link unfurlers read, beyond the titles and cards that pages.spec and share-pages check.

test("robots.txt blocks nothing, so crawlers can read the noindex of search results", async ({ page, request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).not.toMatch(/^Disallow:\s*\S/im);
  expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  const search = await headOf(page, "/search?q=architect");
  expect(search.robots).toMatch(/noindex/);
  // A shared results link previews those results (unfurlers follow og:url), and a phone's Share menu forwards them
  // (it sends the canonical), not the empty search page; its preview has the site's card.
  expect(search.ogUrl).toBe(`${SITE_URL}/search?q=architect`);
  expect(search.canonical).toBe(search.ogUrl);
  expect(search.ogImage).toMatch(new RegExp(`^${SITE_URL}/opengraph-image\\?v=[\\w-]+$`));
  // Its card names the search, not the site's name twice.
  expect(search.ogTitle).toBe("Search: architect");
  expect(search.ogType).toBe("website");
});

test("the home page's preview does not print the same line twice: its site name is the short one, its title the guide's", async ({ page }) => {
  const home = await headOf(page, "/");
  expect(home.ogTitle).toBe(site.name);
  expect(home.ogSiteName).toBe(site.shortName);
});

test("pages without cards of their own still say what they are to an unfurler: a 404, the page after a signup", async ({ page }) => {
  for (const path of ["/no-such-page", "/privacy/link-sent"]) {
    const head = await headOf(page, path);
    expect(head.ogType, path).toBe("website");
    expect(head.ogSiteName, path).toBe(site.shortName);
    expect(head.robots, path).toMatch(/noindex/);
  }
});

test("the whole guide in one text file stays out of search results, as /print does", async ({ request }) => {
  const full = await request.get("/llms-full.txt");
  expect(full.status()).toBe(200);
  expect(full.headers()["x-robots-tag"]).toBe("noindex");
  expect((await request.get("/llms.txt")).headers()["x-robots-tag"]).toBeUndefined();
});

test("the sitemap dates only what has a date: the chapters, and the home page that lists them", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    path: new URL(body.match(/<loc>(.*?)<\/loc>/)![1]).pathname,
    lastmod: body.match(/<lastmod>(.*?)<\/lastmod>/)?.[1],
  }));
  const { chapters } = await loadContent(process.cwd());
  for (const chapter of chapters) {
    expect(entries.find((entry) => entry.path === `/${chapter.slug}`)?.lastmod, chapter.slug).toBe(chapter.frontmatter.updated);
  }
  expect(entries.find((entry) => entry.path === "/")?.lastmod).toBe(chapters.map((c) => c.frontmatter.updated).sort().at(-1));
  for (const path of ["/privacy", "/contact"]) expect(entries.find((entry) => entry.path === path), path).toEqual({ path, lastmod: undefined });
});

test("a chapter's breadcrumb in its structured data names what the visible breadcrumb shows", async ({ page }) => {
  const chapter = (await loadContent(process.cwd())).chapters.find((c) => c.frontmatter.navTitle && c.frontmatter.navTitle !== c.frontmatter.title)!;
  await page.goto(`/${chapter.slug}`);
  const visible = (await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem").allInnerTexts()).map((t) => t.replace(/^\/\s*/, "").trim());
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)["@graph"];
  const crumbs = graph.find((node: { "@type": string }) => node["@type"] === "BreadcrumbList").itemListElement.map((item: { name: string }) => item.name);
  expect(crumbs).toEqual(visible);
  expect(crumbs.at(-1)).toBe(navLabel(chapter.frontmatter));
});
