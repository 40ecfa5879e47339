import { expect, test, type Page } from "@playwright/test";
import { faqEntries } from "../../lib/faq";
import { homeCardImage } from "../../lib/metadata";
import { formatBandRange, getBand } from "../../lib/salary-bands";
import { chapterPaths, desktop, headOf, hydrated, jsonLdNodes, pngSize, SITE_URL, sectionsOf, type Section } from "./helpers";

test.use({ viewport: desktop });

/** A chapter with at least three h2 sections, and a section from its middle. */
async function chapterWithSections(page: Page, request: Parameters<typeof chapterPaths>[0]) {
  for (const chapter of await chapterPaths(request)) {
    const sections = await sectionsOf(page, chapter);
    if (sections.length >= 3) return { chapter, sections, middle: sections[Math.floor(sections.length / 2)] };
  }
  throw new Error("no chapter has three h2 sections");
}

/** Every chapter with its h2 sections. */
async function allSections(page: Page, request: Parameters<typeof chapterPaths>[0]) {
  const chapters = await chapterPaths(request);
  const result: { chapter: string; sections: Section[] }[] = [];
  for (const chapter of chapters) result.push({ chapter, sections: await sectionsOf(page, chapter) });
  expect(result.flatMap((c) => c.sections).length).toBeGreaterThan(0);
  return result;
}

async function expectBelowHeader(page: Page, id: string) {
  const heading = page.locator(`[id="${id}"]`);
  const header = page.locator("[data-site-header]");
  await expect(async () => {
    const h = (await heading.boundingBox())!;
    const bar = (await header.boundingBox())!;
    expect(h.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(h.y + h.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  }).toPass({ timeout: 5_000 });
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
}

test.describe("section links", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("each h2 has a '#' anchor, and 'Copy link' copies the section's share URL", async ({ page, request }) => {
    const { chapter, sections, middle } = await chapterWithSections(page, request);
    await page.goto(chapter);
    for (const { id, title } of sections) {
      await expect(page.getByRole("link", { name: `Link to section: ${title}`, exact: true })).toHaveAttribute("href", `#${id}`);
    }
    const button = page.getByRole("button", { name: `Copy link to section: ${middle.title}`, exact: true });
    await expect(button).toHaveText("Copy link");
    await hydrated(page);
    await button.click();
    await expect(button).toHaveText("Copied");
    await expect(page.getByRole("status").filter({ hasText: `Link to ${middle.title} copied` })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}${chapter}/${middle.id}`);
  });

  test("arriving at /<chapter>#<id> shows the heading below the sticky header", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    await page.goto(`${chapter}#${middle.id}`);
    await expectBelowHeader(page, middle.id);
  });

  test("the contents mark the section being read with aria-current", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    await page.goto(chapter);
    const toc = page.getByRole("navigation", { name: "On this page", exact: true });
    const links = toc.getByRole("link");
    await expect(links.first()).toHaveAttribute("aria-current", "location");
    // Read on until the section's heading sits just below the sticky header.
    await page.evaluate((id) => {
      const bar = document.querySelector("[data-site-header]")!.getBoundingClientRect().bottom;
      window.scrollBy({ top: document.getElementById(id)!.getBoundingClientRect().top - bar - 8, behavior: "instant" });
    }, middle.id);
    await expect(toc.locator(`a[href="#${middle.id}"]`)).toHaveAttribute("aria-current", "location");
    await expect(toc.locator("a[aria-current]")).toHaveCount(1);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
    await expect(links.last()).toHaveAttribute("aria-current", "location");
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
    await expect(links.first()).toHaveAttribute("aria-current", "location");
  });

  test("clicking a contents entry marks that entry as the one being read", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    await page.goto(chapter);
    const toc = page.getByRole("navigation", { name: "On this page", exact: true });
    await toc.getByRole("link", { name: middle.title, exact: true }).click();
    await expect(page.locator(`[id="${middle.id}"]`)).toBeInViewport();
    await expect(toc.locator("a[aria-current]")).toHaveAttribute("href", `#${middle.id}`);
  });

  test("a FAQ deep link opens that answer and shows it", async ({ page }) => {
    const entry = faqEntries.at(-1)!;
    await page.goto(`/faq#${entry.id}`);
    const details = page.locator(`details:has([id="${entry.id}"])`);
    await expect(details).toHaveAttribute("open", "");
    await expect(details.getByText(entry.answer)).toBeVisible();
    await expect(details).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test("a link cut short or mistyped after the # (#%ZZ) still shows the page, and breaks nothing while reading", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    for (const path of ["/faq#%ZZ", "/vetting#%E0%A4"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/went wrong/i);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)); // the contents' highlight reads the # at the bottom
      await page.waitForTimeout(300);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
});

test.describe("section share pages", () => {
  test("every h2 has a share page with its own title and the chapter as canonical", async ({ page, request }) => {
    for (const { chapter, sections } of await allSections(page, request)) {
      for (const section of sections) {
        const path = `${chapter}/${section.id}`;
        const head = await headOf(page, path);
        expect(head.status, path).toBe(200);
        expect(head.ogTitle, `${path} og:title`).toContain(section.title);
        expect(head.canonical, `${path} canonical`).toBe(`${SITE_URL}${chapter}`);
        // The card shows the section's title, and its alt text says so (it was one text for every section).
        expect(head.ogImageAlt, `${path} og:image:alt`).toContain(section.title);
        // The preview describes the section: never a lead-in cut at its colon, never an empty salary figure.
        expect(head.ogDescription, `${path} og:description`).not.toMatch(/:$| at (and|\.)/);
      }
    }
  });

  test("a section whose text shows salary bands previews them with their figures", async ({ page }) => {
    const head = await headOf(page, "/sourcing-and-cost/market-benchmarks");
    expect(head.ogDescription).toContain(formatBandRange(getBand("ai-architect", "US")!));
    expect(head.ogDescription).toContain(formatBandRange(getBand("software-engineer")!));
  });

  test("a preview card's alt text describes that card: a chapter's, and the shared site card", async ({ page }) => {
    expect((await headOf(page, "/vetting")).ogImageAlt).toMatch(/^Chapter \d+: Vetting/);
    for (const path of ["/salaries", "/privacy", "/contact"]) {
      const head = await headOf(page, path);
      expect(head.ogImage, path).toBe(`${SITE_URL}/opengraph-image`);
      expect(head.ogImageAlt, path).toBe(homeCardImage.alt);
    }
  });

  test("every page, chapter and share page declares an og:image that is a 1200x630 PNG", async ({ page, request }) => {
    const missing: string[] = [];
    const pages = [{ chapter: "/salaries", sections: [] }, { chapter: "/contact", sections: [] }, { chapter: "/", sections: [] }];
    for (const { chapter, sections } of [...pages, ...(await allSections(page, request))]) {
      for (const path of [chapter, ...sections.map((s: Section) => `${chapter}/${s.id}`)]) {
        const { ogImage } = await headOf(page, path);
        if (!ogImage) {
          missing.push(path);
          continue;
        }
        expect(new URL(ogImage).origin, `${path} og:image origin`).toBe(SITE_URL);
        const image = await request.get(ogImage);
        expect(image.headers()["content-type"], ogImage).toBe("image/png");
        expect(pngSize(await image.body()), ogImage).toEqual({ width: 1200, height: 630 });
      }
    }
    expect(missing, `pages without og:image:\n${missing.join("\n")}`).toEqual([]);
  });

  test("the Open Graph image routes serve 1200x630 PNGs", async ({ page, request }) => {
    const urls = ["/opengraph-image"];
    for (const { chapter, sections } of await allSections(page, request)) {
      const article = jsonLdNodes((await headOf(page, chapter)).jsonLd).find((n) => n["@type"] === "Article");
      urls.push(String(article?.image), ...sections.map((s) => `${chapter}/${s.id}/opengraph-image`));
    }
    for (const url of urls) {
      const image = await request.get(url);
      expect(image.status(), url).toBe(200);
      expect(image.headers()["content-type"], url).toBe("image/png");
      expect(pngSize(await image.body()), url).toEqual({ width: 1200, height: 630 });
    }
  });

  test("without JavaScript a share page offers a 'Jump to the section' link", async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: desktop });
    const page = await context.newPage();
    const { chapter, middle } = await chapterWithSections(page, request);
    await page.goto(`${chapter}/${middle.id}`);
    const jump = page.getByRole("link", { name: "Jump to the section" });
    await expect(jump).toHaveAttribute("href", `#${middle.id}`);
    await jump.click();
    await expect(page.locator(`[id="${middle.id}"]`)).toBeInViewport();
    await context.close();
  });

  test("with JavaScript a share page lands at its section, in one jump", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    await page.goto(`${chapter}/${middle.id}`);
    await expect(page).toHaveURL(`${SITE_URL}${chapter}/${middle.id}#${middle.id}`);
    await expectBelowHeader(page, middle.id);
    // No smooth scrolling: landing used to animate through the whole chapter above the section.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
  });
});

test.describe("search engines", () => {
  test("the sitemap lists exactly the chapters of the home page's chapter list", async ({ page, request }) => {
    await page.goto("/");
    const homeList = page.getByRole("region", { name: "The chapters" }).getByRole("link");
    const hrefs = await homeList.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(await chapterPaths(request)).toEqual(hrefs);
  });

  test("a chapter's JSON-LD has an Article headed by the h1 and a BreadcrumbList", async ({ page, request }) => {
    const [chapter] = await chapterPaths(request);
    await page.goto(chapter);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const nodes = jsonLdNodes(blocks);
    const article = nodes.find((n) => n["@type"] === "Article");
    expect(article?.headline).toBe((await page.getByRole("heading", { level: 1 }).textContent())!.trim());
    expect(nodes.some((n) => n["@type"] === "BreadcrumbList")).toBe(true);
  });

  test("the FAQ page's JSON-LD is a FAQPage with every question shown", async ({ page }) => {
    await page.goto("/faq");
    const nodes = jsonLdNodes(await page.locator('script[type="application/ld+json"]').allTextContents());
    const faq = nodes.find((n) => n["@type"] === "FAQPage") as { mainEntity?: { name: string; acceptedAnswer: { text: string } }[] };
    expect(faq?.mainEntity?.map((q) => q.name)).toEqual(faqEntries.map((e) => e.question));
    expect(faq.mainEntity!.map((q) => q.acceptedAnswer.text)).toEqual(faqEntries.map((e) => e.answer));
    const shown = await page.locator("[data-faq-list] summary > span:first-child").allTextContents();
    expect(shown).toEqual(faqEntries.map((e) => e.question));
  });
});
