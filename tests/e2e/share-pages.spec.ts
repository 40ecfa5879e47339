import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { faqEntries } from "../../lib/faq";
import { homeCardImage } from "../../lib/metadata";
import { formatBandRange, getBand } from "../../lib/salary-bands";
import { allSections, chapterWithSections, desktop, expectBelowHeader, headOf, hydrated, jsonLdNodes, pngSize, SITE_URL, type Section } from "./helpers";

// A section's own page (/<chapter>/<section>): the address a shared link carries, because a #fragment never
// reaches a link-preview crawler.

test.use({ viewport: desktop });

test.describe("section share pages", () => {
  test("every heading (h2 and h3) has a share page with its own title, its own address as canonical (a phone's Share menu sends the canonical), and out of search results", async ({ page, request }) => {
    for (const { chapter, sections } of await allSections(page, request, "h2, h3")) {
      for (const section of sections) {
        const path = `${chapter}/${section.id}`;
        const head = await headOf(page, path);
        expect(head.status, path).toBe(200);
        expect(head.ogTitle, `${path} og:title`).toContain(section.title);
        expect(head.canonical, `${path} canonical`).toBe(`${SITE_URL}${path}`);
        expect(head.robots, `${path} robots`).toMatch(/noindex/);
        // The card shows the section's title, and its alt text says so (it was one text for every section).
        expect(head.ogImageAlt, `${path} og:image:alt`).toContain(section.title);
        // ...and names the chapter as the card does: the glossary is "Reference", not "chapter 9".
        expect(head.ogImageAlt, `${path} og:image:alt`).toMatch(chapter === "/glossary" ? /\(Reference: / : /\(Chapter \d+: /);
        // The preview describes the section: never a lead-in cut at its colon, never an empty salary figure.
        expect(head.ogDescription, `${path} og:description`).not.toMatch(/:$| at (and|\.)/);
        expect(head.ogDescription!.length, `${path} og:description`).toBeLessThanOrEqual(160);
      }
    }
  });

  test("every FAQ answer has a share page that previews its question and answer, and opens the answer", async ({ page }) => {
    for (const entry of faqEntries) {
      const path = `/faq/${entry.id}`;
      const head = await headOf(page, path);
      expect(head.status, path).toBe(200);
      expect(head.ogTitle, path).toContain(entry.question);
      expect(head.ogImageAlt, path).toContain(entry.question);
      expect(entry.answer.startsWith(head.ogDescription!.replace(/…$/, "")), `${path}: ${head.ogDescription}`).toBe(true);
      const image = await page.request.get(head.ogImage!);
      expect(image.headers()["content-type"], head.ogImage!).toBe("image/png");
      expect(pngSize(await image.body()), head.ogImage!).toEqual({ width: 1200, height: 630 });
    }
    const entry = faqEntries[3];
    await page.goto(`/faq/${entry.id}`);
    await expect(page.getByText(`You were sent the answer to “${entry.question}”`)).toBeVisible();
    const details = page.locator(`details:has([id="${entry.id}"])`);
    await expect(details).toHaveAttribute("open", "");
    await expect(details.getByText(entry.answer)).toBeInViewport();
  });

  test.describe("copying", () => {
    test.use({ permissions: ["clipboard-read", "clipboard-write"] });
    test("a FAQ answer's 'Copy link' copies its share page's address", async ({ page }) => {
      const entry = faqEntries.at(-1)!;
      await page.goto(`/faq#${entry.id}`);
      await hydrated(page);
      await page.getByRole("button", { name: `Copy link to answer: ${entry.question}`, exact: true }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/faq/${entry.id}`);
    });
  });

  test("a section whose text shows salary bands previews them with their figures", async ({ page }) => {
    const head = await headOf(page, "/sourcing-and-cost/market-benchmarks");
    expect(head.ogDescription).toContain(formatBandRange(getBand("ai-architect", "US")!));
    expect(head.ogDescription).toContain(formatBandRange(getBand("software-engineer")!));
  });

  test("a preview card's alt text describes that card: a chapter's, the salary page's, and the shared site card", async ({ page }) => {
    expect((await headOf(page, "/vetting")).ogImageAlt).toMatch(/^Chapter \d+: Vetting/);
    // Pay is what readers share most: /salaries has its own card, titled like the page.
    const salaries = await headOf(page, "/salaries");
    expect(salaries.ogImage).toMatch(new RegExp(`^${SITE_URL}/salaries/opengraph-image`));
    expect(salaries.ogImageAlt).toContain(salaries.title.split(" · ")[0]);
    for (const path of ["/privacy", "/contact"]) {
      const head = await headOf(page, path);
      expect(head.ogImage, path).toMatch(new RegExp(`^${SITE_URL}/opengraph-image\\?v=[\\w-]+$`));
      expect(head.ogImageAlt, path).toBe(homeCardImage.alt);
    }
  });

  test("every page, chapter and share page declares an og:image that is a 1200x630 PNG", async ({ page, request }) => {
    const missing: string[] = [];
    const pages = [{ chapter: "/salaries", sections: [] }, { chapter: "/contact", sections: [] }, { chapter: "/", sections: [] }];
    for (const { chapter, sections } of [...pages, ...(await allSections(page, request, "h2, h3"))]) {
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

  test("the Open Graph image routes serve 1200x630 PNGs, each with its Content-Length (link previewers such as Signal's drop an image without one)", async ({ page, request }) => {
    const urls = ["/opengraph-image"];
    for (const { chapter, sections } of await allSections(page, request, "h2, h3")) {
      const article = jsonLdNodes((await headOf(page, chapter)).jsonLd).find((n) => n["@type"] === "Article");
      urls.push(String(article?.image), ...sections.map((s) => `${chapter}/${s.id}/opengraph-image`));
    }
    for (const url of urls) {
      // As Next renders it (a cookie keeps the server's response cache out of the way), and as that cache serves it.
      for (const headers of [{ cookie: "first=render" }, {}] as Record<string, string>[]) {
        const image = await request.get(url, { headers });
        expect(image.status(), url).toBe(200);
        expect(image.headers()["content-type"], url).toBe("image/png");
        const body = await image.body();
        expect(pngSize(body), url).toEqual({ width: 1200, height: 630 });
        expect(image.headers()["content-length"], `${url} ${JSON.stringify(headers)}`).toBe(String(body.length));
      }
    }
  });

  test("a link shared widely is rendered once: later readers, click ids and all, get the kept page, revalidated by its ETag; made-up sections are never kept", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    const gzip = { "accept-encoding": "gzip" };
    const [first, again] = [await request.get(`${chapter}/${middle.id}`, { headers: gzip }), await request.get(`${chapter}/${middle.id}`, { headers: gzip })];
    expect(await again.text()).toBe(await first.text());
    // Next renders a share page without an ETag; the server's cache gives the page it keeps one.
    const etag = again.headers().etag;
    expect(etag).toBeTruthy();
    expect((await request.get(`${chapter}/${middle.id}`, { headers: { ...gzip, "if-none-match": etag } })).status()).toBe(304);
    // Shared on social media, the link comes back with a click id unique to each reader: still the kept page,
    // not a render of its own (which Next sends without an ETag).
    for (const query of [`fbclid=${Date.now().toString(36)}`, "utm_source=newsletter&utm_medium=email"]) {
      const clicked = await request.get(`${chapter}/${middle.id}?${query}`, { headers: gzip });
      expect(clicked.headers().etag, `?${query}: the kept page`).toBe(etag);
      expect(await clicked.text()).toBe(await first.text());
    }
    // Nor does one reader's click id reach the page Next renders (a cookie keeps the cache out of the way), which
    // would then be kept for every reader after them.
    const clickId = `click${Date.now().toString(36)}`;
    const rendered = await request.get(`${chapter}/${middle.id}?fbclid=${clickId}&utm_source=x`, { headers: { cookie: "first=render" } });
    expect(rendered.status()).toBe(200);
    expect(await rendered.text()).not.toContain(clickId);
    for (let i = 0; i < 2; i++) {
      const madeUp = await request.get(`${chapter}/${middle.id}-renamed`, { headers: gzip });
      expect(madeUp.status()).toBe(404);
      expect(madeUp.headers().etag).toBeUndefined();
    }
  });

  test("a made-up preview card address is a 404 that nothing keeps, in memory, on disk or in a shared cache; a real card is kept and revalidated", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    const token = `made-up-${Date.now().toString(36)}`;
    for (const url of [`${chapter}/${token}/opengraph-image`, `/${token}/opengraph-image`, `/${token}/${middle.id}/opengraph-image`]) {
      for (let i = 0; i < 2; i++) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(404);
        expect(response.headers().etag, `${url} was answered from a cache`).toBeUndefined();
        // Next's on-disk cache had kept these 404s, sent as "s-maxage=31536000": a CDN would keep them a year.
        expect(response.headers()["cache-control"], url).toContain("no-store");
      }
    }
    // Next had written two files into the build folder for each of them: any address could fill the disk.
    const written = readdirSync(".next", { recursive: true, encoding: "utf8" }).filter((file) => file.includes(token));
    expect(written, "files the made-up addresses left in .next").toEqual([]);
    for (const card of [`${chapter}/${middle.id}/opengraph-image`, `${chapter}/opengraph-image`]) {
      const [first, again] = [await request.get(card), await request.get(card)];
      expect(first.status(), card).toBe(200);
      expect(Buffer.compare(await again.body(), await first.body()), card).toBe(0);
      const etag = again.headers().etag;
      expect(etag, `${card} kept with an ETag`).toBeTruthy();
      expect((await request.get(card, { headers: { "if-none-match": etag } })).status(), card).toBe(304);
      // Pages point at their card with a version (`?v=`); any version is the same card.
      expect((await request.get(`${card}?v=${token}`)).headers().etag, `${card}?v=…`).toBe(etag);
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

  test("a reader who scrolls while the page loads stays where they scrolled to", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    // Hold the page's scripts back until the reader has scrolled, as on a slow phone.
    let release!: () => void;
    const scrolled = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/**/*.js", async (route) => {
      await scrolled;
      await route.continue();
    });
    await page.goto(`${chapter}/${middle.id}`, { waitUntil: "domcontentloaded" });
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const before = await page.evaluate(() => scrollY);
    release();
    await hydrated(page);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => scrollY)).toBe(before);
    await expect(page).toHaveURL(`${SITE_URL}${chapter}/${middle.id}`);
  });

  test("after following a link to another section, the address is the chapter's with that section", async ({ page, request }) => {
    const { chapter, sections, middle } = await chapterWithSections(page, request);
    const other = sections.find((section) => section.id !== middle.id)!;
    await page.goto(`${chapter}/${middle.id}`);
    await expect(page).toHaveURL(`${SITE_URL}${chapter}/${middle.id}#${middle.id}`);
    await page.getByRole("navigation", { name: "On this page", exact: true }).getByRole("link", { name: other.title, exact: true }).click();
    // The share page's address would preview the section the reader was sent, not this one.
    await expect(page).toHaveURL(`${SITE_URL}${chapter}#${other.id}`);
    await expect(page.locator(`[id="${other.id}"]`)).toBeInViewport();
    await page.reload();
    await expect(page.locator(`[id="${other.id}"]`)).toBeInViewport();
  });
});
