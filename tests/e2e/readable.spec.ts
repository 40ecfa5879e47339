import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import type { Heading, Image, Link, Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { chapterPaths, desktop, hydrated, SITE_URL, sitemapPaths } from "./helpers";

// The guide outside its pages: each chapter as Markdown, /llms.txt and /llms-full.txt, the Atom feed and
// the one-page /print, all from the production server and compared with the pages themselves.

const parseMarkdown = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
const textOf = (node: Nodes): string =>
  "value" in node && typeof node.value === "string" ? node.value : "children" in node ? node.children.map(textOf).join("") : "";
const squash = (text: string) => text.replace(/\s+/g, " ").trim();
function nodes<T extends Nodes>(tree: Root, type: T["type"]): T[] {
  const found: T[] = [];
  visit(tree, type, (node) => void found.push(node as T));
  return found;
}

/** What a chapter page shows that its Markdown must say too, read by the browser from the served HTML. */
async function pageFacts(page: Page, path: string) {
  if (page.url() === "about:blank") await page.goto("/robots.txt");
  return page.evaluate(async (p) => {
    const doc = new DOMParser().parseFromString(await (await fetch(p)).text(), "text/html");
    const text = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
    return {
      headings: [...doc.querySelectorAll("article h1, article h2, article h3")].map((h) => ({ depth: Number(h.tagName[1]), text: text(h) })),
      salaryRanges: [...doc.querySelectorAll("[data-salary-range]")].map(text),
      faqQuestions: [...doc.querySelectorAll("[data-faq-entry] summary > :is(h2, h3)")].map(text),
      markdownLink: doc.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute("href") ?? null,
    };
  }, path);
}

test.describe("chapters as Markdown", () => {
  test("each /<chapter>.md has its page's h1 and the same h2/h3 headings in order, components as text, links absolute", async ({ page, request }) => {
    for (const chapter of await chapterPaths(request)) {
      const response = await request.get(`${chapter}.md`);
      expect(response.status(), chapter).toBe(200);
      expect(response.headers()["content-type"], chapter).toBe("text/markdown; charset=utf-8");
      const markdown = await response.text();
      const tree = parseMarkdown(markdown);
      const facts = await pageFacts(page, chapter);

      const headings = nodes<Heading>(tree, "heading").map((h) => ({ depth: h.depth, text: squash(textOf(h)) }));
      expect(headings, chapter).toEqual(facts.headings);
      expect(facts.markdownLink, `${chapter} <link rel=alternate type=text/markdown>`).toBe(`${SITE_URL}${chapter}.md`);

      const plain = squash(textOf(tree));
      for (const range of facts.salaryRanges) expect(plain, `${chapter}: salary range`).toContain(range);
      // FAQ questions are headings on the page, so among the headings compared above; never none on the FAQ.
      if (chapter === "/faq") expect(facts.faqQuestions.length).toBeGreaterThan(0);
      for (const question of facts.faqQuestions) expect(headings.map((h) => h.text), `${chapter}: FAQ question`).toContain(question);
      expect(markdown, `${chapter}: no pinned ids, comments or component tags`).not.toMatch(/\{#|\{\/\*|<[A-Z][A-Za-z]*[\s/>]/);
      expect(nodes(tree, "html"), chapter).toEqual([]);
      for (const { url } of [...nodes<Link>(tree, "link"), ...nodes<Image>(tree, "image")]) {
        expect(url, `${chapter}: absolute link`).toMatch(/^(https?:|mailto:)/);
      }
    }
  });

  test("an unknown /<slug>.md is a real 404, and the dev-only content stream is not served", async ({ request }) => {
    for (const path of ["/nope.md", "/Vetting.md", "/api/dev/content-events"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe("copying a chapter as Markdown", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: desktop });

  test("'Copy page as Markdown' copies the chapter's Markdown and says so", async ({ page, request }) => {
    const [chapter] = await chapterPaths(request);
    const markdown = await (await request.get(`${chapter}.md`)).text();
    await page.goto(chapter);
    await page.getByRole("button", { name: "Copy page as Markdown" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Markdown copied" })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  });

  test("without JavaScript the button is hidden, and the page links its Markdown and the print version", async ({ browser, request }) => {
    const [chapter] = await chapterPaths(request);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: desktop });
    const page = await context.newPage();
    await page.goto(chapter);
    await expect(page.getByRole("button", { name: "Copy page as Markdown" })).toBeHidden();
    await expect(page.getByRole("link", { name: "View as Markdown" })).toHaveAttribute("href", `${chapter}.md`);
    // The browser's own Print command prints the chapter; the link is for every chapter at once.
    await expect(page.getByRole("button", { name: "Print this chapter" })).toBeHidden();
    await page.getByRole("link", { name: "Print the whole guide" }).click();
    await expect(page).toHaveURL(`${SITE_URL}/print`);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await context.close();
  });

  test("'Print this chapter' prints the chapter being read, not the whole guide", async ({ page, request }) => {
    const [chapter] = await chapterPaths(request);
    await page.goto(chapter);
    await hydrated(page);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", location.pathname);
    });
    await page.getByRole("button", { name: "Print this chapter" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-printed", chapter);
  });
});

test.describe("llms.txt, llms-full.txt and the feed", () => {
  test("/llms.txt follows llmstxt.org, lists every chapter's Markdown, and every link answers 200", async ({ request }) => {
    const response = await request.get("/llms.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const tree = parseMarkdown(await response.text());
    const [title, summary] = tree.children;
    expect(title.type === "heading" && title.depth).toBe(1);
    expect(summary.type).toBe("blockquote");
    expect(nodes<Heading>(tree, "heading").filter((h) => h.depth === 2).map(textOf)).toEqual(["Chapters", "Key pages"]);
    const chapterList = tree.children[tree.children.findIndex((n) => n.type === "heading" && textOf(n) === "Chapters") + 1];
    const chapterLinks = nodes<Link>({ type: "root", children: [chapterList] } as Root, "link").map((l) => l.url);
    expect(chapterLinks).toEqual((await chapterPaths(request)).map((path) => `${SITE_URL}${path}.md`));
    // It counts the chapters as the home page numbers them: the glossary is headed "Reference", not a chapter.
    const numbered = new Set([...(await (await request.get("/")).text()).matchAll(/>Chapter (\d+)</g)].map((m) => m[1])).size;
    expect(numbered).toBeLessThan(chapterLinks.length);
    expect(nodes(tree, "paragraph").map((p) => textOf(p as Nodes)).join(" ")).toContain(`The guide has ${numbered} chapters and a `);
    for (const item of nodes(tree, "listItem")) expect(textOf(item as Nodes)).toMatch(/.+/);
    // The hiring tools are key pages: a model asked to plan a team or score an interview should find them.
    const keyPages = nodes<Link>(tree, "link").map((l) => l.url);
    for (const tool of ["/plan", "/scorecard", "/job-descriptions"]) expect(keyPages).toContain(`${SITE_URL}${tool}`);
    for (const { url } of nodes<Link>(tree, "link")) {
      expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
      expect((await request.get(url)).status(), url).toBe(200);
    }
  });

  test("/llms-full.txt holds every chapter, in reading order", async ({ request }) => {
    const response = await request.get("/llms-full.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const titles = nodes<Heading>(parseMarkdown(await response.text()), "heading").filter((h) => h.depth === 1).map(textOf);
    const chapterTitles: string[] = [];
    for (const path of await chapterPaths(request)) {
      chapterTitles.push(textOf(nodes<Heading>(parseMarkdown(await (await request.get(`${path}.md`)).text()), "heading")[0]));
    }
    expect(titles.slice(1)).toEqual(chapterTitles);
  });

  test("/feed.xml is an Atom feed a feed parser reads, with one entry per chapter, newest first", async ({ request }) => {
    const response = await request.get("/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe("atom");
    expect(feed.self).toBe(`${SITE_URL}/feed.xml`);
    const chapters = (await chapterPaths(request)).map((path) => `${SITE_URL}${path}`);
    expect(feed.items.map((item) => item.url).sort()).toEqual([...chapters].sort());
    const dates = feed.items.map((item) => item.updated!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) expect(item.title && item.description, item.url!).toBeTruthy();
  });

  test("a feed reader polling /feed.xml with the ETag it got is answered 304, for gzip and plain alike", async ({ request }) => {
    for (const encoding of ["gzip", "identity"]) {
      const headers = { "accept-encoding": encoding };
      await request.get("/feed.xml", { headers }); // the server keeps it from the first answer on
      const first = await request.get("/feed.xml", { headers });
      const etag = first.headers().etag;
      expect(etag, encoding).toMatch(/^"[^"]+"$/);
      const again = await request.get("/feed.xml", { headers: { ...headers, "if-none-match": etag } });
      expect(again.status(), encoding).toBe(304);
      expect(await again.body(), encoding).toHaveLength(0);
      // As HTTP caches send it too: among other tags, as a weak tag, or `*`. Each had got the whole feed again.
      for (const tag of [`"other", ${etag}`, `W/${etag}`, "*"]) {
        expect((await request.get("/feed.xml", { headers: { ...headers, "if-none-match": tag } })).status(), `${encoding}: ${tag}`).toBe(304);
      }
      expect((await request.get("/feed.xml", { headers: { ...headers, "if-none-match": '"other"' } })).status(), encoding).toBe(200);
    }
  });

  test("every page's head links the feed", async ({ page, request }) => {
    const paths = [...(await sitemapPaths(request)), "/print", "/search?q=vetting", "/no-such-page"];
    await page.goto("/robots.txt");
    for (const path of paths) {
      const feeds = await page.evaluate(async (p) => {
        const doc = new DOMParser().parseFromString(await (await fetch(p)).text(), "text/html");
        return [...doc.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute("href"));
      }, path);
      expect(feeds, path).toEqual([`${SITE_URL}/feed.xml`]);
    }
  });
});

test.describe("/print", () => {
  test("has every chapter's title in reading order, a contents list whose links all land, and no duplicate ids", async ({ page, request }) => {
    const titles: string[] = [];
    for (const path of await chapterPaths(request)) titles.push((await pageFacts(page, path)).headings[0].text);
    const response = await page.goto("/print");
    expect(response?.status()).toBe(200);
    await expect(page.locator("main section.print-chapter h2")).toHaveText(titles);
    // The contents name each entry as the site does: chapters by number, the glossary as Reference, not "9.".
    const entries = page.locator("[data-print-contents-entry]");
    await expect(entries).toHaveCount(titles.length);
    expect(await entries.evaluateAll((items) => items.map((li) => getComputedStyle(li).listStyleType))).toEqual(titles.map(() => "none"));
    await expect(entries.last()).toContainText(/^Reference: /);
    await expect(entries.first()).toContainText(/^Chapter 1: /);
    const { duplicates, missing, links } = await page.evaluate(() => {
      const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
      const hrefs = [...document.querySelectorAll('main a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute("href")!.slice(1)));
      return {
        duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
        missing: hrefs.filter((id) => !document.getElementById(id)),
        links: hrefs.length,
      };
    });
    expect(duplicates).toEqual([]);
    expect(missing).toEqual([]);
    expect(links).toBeGreaterThan(titles.length);
    // The FAQ's "Read more" links too stay within the page, where every chapter they name is printed.
    const more = await page.locator("main [data-faq-more]").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    expect(more.length).toBeGreaterThan(0);
    expect(more.filter((href) => !href.startsWith("#"))).toEqual([]);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("printed, it shows the FAQ answers and the callouts, and hides the site's chrome", async ({ page }) => {
    await page.goto("/print");
    await page.emulateMedia({ media: "print" });
    const answer = page.locator("[data-faq-entry] [id]").first();
    await expect(answer).toBeVisible();
    await expect(page.locator(".prose-guide [data-callout]").first()).toBeVisible();
    await expect(page.locator("[data-site-header]")).toBeHidden();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/print");
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
