import { expect, test } from "@playwright/test";
import { faqEntries } from "../../lib/faq";
import { chapterPaths, chapterWithSections, desktop, expectBelowHeader, hydrated, jsonLdNodes, SITE_URL } from "./helpers";

test.use({ viewport: desktop });

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

  test("'Share this page' copies the chapter's address where the browser has no share sheet, and says so", async ({ page, request }) => {
    const [chapter] = await chapterPaths(request);
    await page.goto(chapter);
    await hydrated(page);
    expect(await page.evaluate(() => typeof navigator.share)).toBe("undefined"); // headless Chromium on Linux: the copy path
    await page.getByRole("button", { name: "Share this page" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}${chapter}`);
  });

  test("on a section's share page, 'Share this section' copies that page's address, not the chapter's", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    await page.goto(`${chapter}/${middle.id}`);
    await hydrated(page);
    await expect(page.getByRole("button", { name: "Share this page" })).toHaveCount(0);
    await page.getByRole("button", { name: "Share this section" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}${chapter}/${middle.id}`);
  });

  test("arriving at /<chapter>#<id> shows the heading below the sticky header", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    await page.goto(`${chapter}#${middle.id}`);
    await expectBelowHeader(page, middle.id);
  });

  // The highlight used to fade the heading's own background: the page repainted on the main thread every frame
  // for 2.4 s, while its scripts started (600–900 ms of Lighthouse's blocking time on a section's share page).
  test("the section a link lands on is highlighted, fading by opacity alone (off the main thread)", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    const faqId = faqEntries[1].id;
    for (const [path, target] of [[`${chapter}/${middle.id}`, `#${middle.id}`], [`/faq#${faqId}`, `details:has(> #${faqId})`]]) {
      await page.emulateMedia({ reducedMotion: "no-preference" });
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`#${target.includes("details") ? faqId : middle.id}$`));
      const fades = await page.evaluate(() =>
        document.getAnimations().map((a) => {
          const effect = a.effect as KeyframeEffect;
          const props = effect.getKeyframes().flatMap((k) => Object.keys(k).filter((p) => !["offset", "computedOffset", "easing", "composite"].includes(p)));
          return { on: effect.pseudoElement, target: (effect.target as Element).id || (effect.target as Element).tagName, props: [...new Set(props)] };
        }),
      );
      expect(fades.filter((fade) => fade.on === "::before"), path).toEqual([{ on: "::before", target: target.startsWith("#") ? middle.id : "DETAILS", props: ["opacity"] }]);
      // Nothing else moving then repaints either (the answer's "+" turns as its disclosure opens).
      for (const { props } of fades) expect(props.every((p) => ["opacity", "transform", "rotate", "scale", "translate"].includes(p)), `${path}: ${props}`).toBe(true);
      // Readers who asked for no motion keep the highlight, unmoving.
      await page.emulateMedia({ reducedMotion: "reduce" });
      const layer = await page.locator(target).evaluate((el) => {
        const style = getComputedStyle(el, "::before");
        return { opacity: style.opacity, background: style.backgroundColor };
      });
      expect(layer.opacity, path).toBe("1");
      expect(layer.background, path).not.toBe("rgba(0, 0, 0, 0)");
    }
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

  test("in contents taller than their box (the glossary's), the entry being read stays in the box, and the page stays put", async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 700 });
    await page.goto("/glossary");
    await hydrated(page);
    const toc = page.getByRole("navigation", { name: "On this page", exact: true });
    expect(await toc.evaluate((box) => box.scrollHeight > box.clientHeight)).toBe(true);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight - window.innerHeight - 600, behavior: "instant" }));
    const marked = toc.locator("a[aria-current]");
    await expect(marked).toHaveCount(1);
    const scrollY = await page.evaluate(() => window.scrollY);
    // The marked entry lies within the box's visible part (it had been below it from "EU AI Act" on).
    await expect
      .poll(async () => {
        const [entry, box] = await Promise.all([marked.boundingBox(), toc.boundingBox()]);
        return entry!.y >= box!.y && entry!.y + entry!.height <= box!.y + box!.height;
      })
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
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
    const shown = await page.locator("[data-faq-list] summary > :is(h2, h3)").allTextContents();
    expect(shown).toEqual(faqEntries.map((e) => e.question));
  });
});
