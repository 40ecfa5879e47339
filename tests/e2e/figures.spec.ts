import { expect, test } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { figureChapters, figureChecker } from "../../lib/figures";
import { chapterPaths, sectionsOf, sitemapPaths } from "./helpers";

// The figure scan on what readers get: the rendered text of every page of the production build (each
// sitemap page, every section share page, search and the 404 page), plus its title and preview texts.
// Same checker as tests/unit/figures.test.ts: a figure must come from the salary data or the allow-list.
test("no page shows a figure that is not from the salary data or the allow-list", async ({ page, request }) => {
  test.setTimeout(120_000);
  const { chapters } = await loadContent(process.cwd());
  const check = figureChecker(figureChapters(chapters));
  await page.goto("/robots.txt"); // an origin for the fetches below
  const paths = await sitemapPaths(request);
  for (const chapter of await chapterPaths(request)) {
    for (const section of await sectionsOf(page, chapter)) paths.push(`${chapter}/${section.id}`);
  }
  // Search results repeat text scanned on the pages themselves; their count is not a figure of the guide.
  paths.push("/search", "/no-such-page");

  const problems: string[] = [];
  let scanned = 0;
  for (const path of paths) {
    const text = await page.evaluate(async (p) => {
      const doc = new DOMParser().parseFromString(await (await fetch(p)).text(), "text/html");
      // Scripts (JSON-LD, the RSC payload) and styles are not text readers see; the rest of the body is,
      // answers inside closed <details> included.
      for (const node of doc.querySelectorAll("script, style, template")) node.remove();
      const metas = [...doc.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')]
        .filter((m) => /title|description|alt/.test(m.getAttribute("property") ?? m.getAttribute("name") ?? ""))
        .map((m) => m.getAttribute("content") ?? "");
      const labels = [...doc.body.querySelectorAll("[aria-label], [title], [alt]")].map((el) =>
        ["aria-label", "title", "alt"].map((name) => el.getAttribute(name) ?? "").join(" "),
      );
      // Text nodes one by one, so "Contact" and "404" in neighbouring elements do not read as "Contact404".
      // Numbers marked data-ui-number are the tools' own numbering and rating scale, not figures of the guide.
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      while (walker.nextNode()) {
        if (!walker.currentNode.parentElement?.closest("[data-ui-number]")) texts.push(walker.currentNode.nodeValue ?? "");
      }
      return [doc.title, ...metas, texts.join(" "), ...labels].join("\n");
    }, path);
    expect(text.length, path).toBeGreaterThan(200);
    scanned += 1;
    // Each page against the phrases allowed on it: a form's "15 minutes" is no sourced figure in a chapter.
    for (const found of check(text, path.split("?")[0])) problems.push(`${path}: ${found.figure}  (…${found.context}…)`);
  }
  expect(scanned).toBeGreaterThan(20);
  expect(problems, problems.join("\n")).toEqual([]);
});
