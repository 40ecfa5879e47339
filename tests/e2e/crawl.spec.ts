import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { SITE_URL, chapterPaths, sitemapPaths } from "./helpers";

/** What the browser's own parser finds in one page: where it links to, and which ids it has. */
interface Parsed {
  status: number;
  type: string;
  html: string;
  ids: string[];
  /** Ids of an article's headings (h2, h3) and FAQ answers: each has a share page. */
  sections: string[];
  links: string[];
}

async function parse(page: Page, url: string): Promise<Parsed> {
  return page.evaluate(async (target) => {
    const response = await fetch(target, { redirect: "manual" });
    const type = response.headers.get("content-type") ?? "";
    const html = type.includes("text/html") ? await response.text() : "";
    const doc = new DOMParser().parseFromString(html, "text/html");
    const attr = (selector: string, name: string) => [...doc.querySelectorAll(selector)].map((el) => el.getAttribute(name) ?? "");
    return {
      status: response.status,
      type,
      html,
      ids: [...doc.querySelectorAll("[id]")].map((el) => el.id),
      sections: [...doc.querySelectorAll("article h2[id], article h3[id], article [data-faq-entry] [id]")].map((el) => el.id),
      links: [
        ...attr("a[href]", "href"),
        ...attr("link[href]", "href"),
        ...attr("img[src]", "src"),
        ...attr("script[src]", "src"),
        ...attr('meta[property="og:image"]', "content"),
        // Forms that GET (search) are links too; forms that POST are not fetched with GET.
        ...[...doc.querySelectorAll("form[action]")].filter((form) => (form.getAttribute("method") ?? "get").toLowerCase() === "get").map((form) => form.getAttribute("action") ?? ""),
      ],
    };
  }, url);
}

/** Internal targets only, as absolute URLs on the test server; external links are not fetched. */
function internal(href: string, from: string): URL | undefined {
  if (!href || /^(mailto|tel|javascript):/i.test(href)) return undefined;
  const url = new URL(href, new URL(from, SITE_URL));
  return url.origin === SITE_URL ? url : undefined;
}

test("every internal link and #fragment on every page resolves, and every page is valid HTML", async ({ page, request }) => {
  test.setTimeout(240_000);
  await page.goto("/robots.txt");
  // Start from the home page, every sitemap page and the 404 page; follow every internal link from there.
  const queue = ["/", ...(await sitemapPaths(request)), "/no-such-page-for-the-crawl"];
  const pages = new Map<string, Parsed>();
  const problems: string[] = [];
  const fragmentChecks: { from: string; target: string; id: string }[] = [];

  while (queue.length > 0) {
    const target = queue.shift()!;
    if (pages.has(target)) continue;
    const parsed = await parse(page, target);
    pages.set(target, parsed);
    const expected = target === "/no-such-page-for-the-crawl" ? 404 : 200;
    if (parsed.status !== expected) problems.push(`${target} answered ${parsed.status}, expected ${expected}`);
    for (const href of parsed.links) {
      const url = internal(href, target);
      if (!url) continue;
      const pathAndQuery = url.pathname + url.search;
      if (url.hash.length > 1) fragmentChecks.push({ from: target, target: pathAndQuery, id: decodeURIComponent(url.hash.slice(1)) });
      if (!pages.has(pathAndQuery) && !queue.includes(pathAndQuery)) queue.push(pathAndQuery);
    }
  }
  // Share pages are not linked (the "Copy link" buttons copy them): add every heading's and answer's.
  const chapters = new Set(await chapterPaths(request));
  for (const [pathname, parsed] of new Map(pages)) {
    if (parsed.status !== 200 || !chapters.has(pathname)) continue;
    for (const id of parsed.sections) {
      const share = `${pathname}/${id}`;
      if (pages.has(share)) continue;
      const shared = await parse(page, share);
      pages.set(share, shared);
      if (shared.status !== 200) problems.push(`share page ${share} answered ${shared.status}`);
    }
  }
  for (const { from, target, id } of fragmentChecks) {
    const parsed = pages.get(target);
    if (parsed && parsed.html && !parsed.ids.includes(id)) problems.push(`${from} links to ${target}#${id}, which has no element with that id`);
  }
  expect(problems, problems.join("\n")).toEqual([]);
  expect(pages.size).toBeGreaterThan(40);

  // The W3C Nu HTML checker (vnu.jar, run with the machine's Java) on every HTML page fetched above.
  const dir = mkdtempSync(path.join(os.tmpdir(), "guide-vnu-"));
  try {
    const files: string[] = [];
    for (const parsed of pages.values()) {
      if (!parsed.type.includes("text/html")) continue;
      const file = path.join(dir, `${files.length}.html`);
      writeFileSync(file, parsed.html);
      files.push(file);
    }
    const names = new Map(files.map((file, i) => [file, [...pages.keys()].filter((p) => pages.get(p)!.type.includes("text/html"))[i]]));
    let output = "";
    try {
      execFileSync("java", ["-jar", "node_modules/vnu-jar/build/dist/vnu.jar", "--format", "json", "--errors-only", ...files], { stdio: "pipe" });
    } catch (error) {
      output = String((error as { stderr?: Buffer }).stderr ?? error);
    }
    const messages = output ? (JSON.parse(output) as { messages: { url: string; lastLine?: number; message: string; extract?: string }[] }).messages : [];
    const errors = messages.map((m) => `${names.get(new URL(m.url).pathname) ?? m.url}:${m.lastLine ?? "?"}  ${m.message}  ${m.extract?.slice(0, 80) ?? ""}`);
    expect(errors, errors.join("\n")).toEqual([]);
    expect(files.length).toBeGreaterThan(40);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
