import type { Page } from "@playwright/test";

/** Where a page links to chapter pages (paths without #fragment), by region of the page. */
export interface ChapterLinks {
  /** Chapter links in the chapter list (nav "Chapters"), in order. */
  list: string[];
  /** Text of the list's other links (e.g. "All 100 chapters"). */
  listOther: string[];
  /** Chapter links in the site header and the site footer (not the article's own header/footer). */
  header: string[];
  footer: string[];
  /** Every chapter link on the page except those in the article body (the chapter's own text). */
  outsideBody: string[];
}

/**
 * Parses a page's server HTML in the browser (DOMParser: no scripts run, nothing is fetched) and sorts its
 * links to the given chapter paths by region. The article body is the chapter's rendered MDX (`article .prose`).
 */
export function chapterLinks(page: Page, html: string, chapterPaths: string[]): Promise<ChapterLinks> {
  return page.evaluate(
    ({ source, paths }) => {
      const doc = new DOMParser().parseFromString(source, "text/html");
      const chapters = new Set(paths);
      const pathOf = (a: Element) => {
        const url = new URL(a.getAttribute("href") ?? "", "http://site.invalid/");
        return url.origin === "http://site.invalid" ? url.pathname : "";
      };
      const chapterHrefs = (root: ParentNode | null, keep: (a: Element) => boolean = () => true) =>
        root ? [...root.querySelectorAll("a[href]")].filter((a) => keep(a) && chapters.has(pathOf(a))).map(pathOf) : [];
      const siteLevel = (tag: string) => [...doc.querySelectorAll(tag)].filter((el) => !el.closest("article, main"));
      const nav = doc.querySelector('nav[aria-label="Chapters"]');
      return {
        list: chapterHrefs(nav),
        listOther: nav ? [...nav.querySelectorAll("a[href]")].filter((a) => !chapters.has(pathOf(a))).map((a) => (a.textContent ?? "").trim()) : [],
        header: siteLevel("header").flatMap((el) => chapterHrefs(el)),
        footer: siteLevel("footer").flatMap((el) => chapterHrefs(el)),
        outsideBody: chapterHrefs(doc, (a) => !a.closest("article .prose")),
      };
    },
    { source: html, paths: chapterPaths },
  );
}
