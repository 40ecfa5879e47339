import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { staticPages } from "../../lib/routes";
import { mainPort } from "../support/e2e-server";

/** Public origin the build was made with (`SITE_URL`); canonical links and share URLs must use it. */
export const SITE_URL = (process.env.SITE_URL ?? `http://localhost:${mainPort}`).replace(/\/+$/, "");

export const desktop = { width: 1400, height: 900 } as const;
export const phone = { width: 390, height: 844 } as const;

/** The heading of the site's own 404 page (app/not-found.tsx). */
export const notFoundHeading = "We could not find that page";

/** Root-relative paths of every URL in /sitemap.xml, in sitemap order. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const urls = [...(await response.text()).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url.startsWith(`${SITE_URL}/`), `${url} is on ${SITE_URL}`).toBe(true);
  return urls.map((url) => new URL(url).pathname);
}

/** Chapter paths: every sitemap entry that is not one of the site's static pages. */
export async function chapterPaths(request: APIRequestContext): Promise<string[]> {
  const fixed = new Set(staticPages.map((p) => p.path));
  const chapters = (await sitemapPaths(request)).filter((path) => !fixed.has(path));
  expect(chapters.length).toBeGreaterThan(0);
  return chapters;
}

export interface Section {
  id: string;
  title: string;
}

/** The h2 sections (or the headings `levels` names) of a page as a browser parses its server HTML (no navigation needed). */
export async function sectionsOf(page: Page, path: string, levels: "h2" | "h2, h3" = "h2"): Promise<Section[]> {
  if (page.url() === "about:blank") await page.goto("/robots.txt");
  return page.evaluate(
    async ([p, selector]) => {
      const html = await (await fetch(p)).text();
      const doc = new DOMParser().parseFromString(html, "text/html");
      return [...doc.querySelectorAll(selector)].map((h) => ({ id: h.id, title: (h.textContent ?? "").trim() }));
    },
    [path, levels.split(", ").map((level) => `article ${level}[id]`).join(", ")] as const,
  );
}

/** Head metadata of a URL, parsed by the browser from the served HTML. */
export async function headOf(page: Page, path: string) {
  if (page.url() === "about:blank") await page.goto("/robots.txt");
  return page.evaluate(async (p) => {
    const response = await fetch(p);
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    const attr = (selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name) ?? null;
    return {
      status: response.status,
      title: doc.title,
      description: attr('meta[name="description"]', "content"),
      canonical: attr('link[rel="canonical"]', "href"),
      icon: attr('link[rel="icon"]', "href"),
      touchIcon: attr('link[rel="apple-touch-icon"]', "href"),
      robots: attr('meta[name="robots"]', "content"),
      ogTitle: attr('meta[property="og:title"]', "content"),
      ogUrl: attr('meta[property="og:url"]', "content"),
      ogType: attr('meta[property="og:type"]', "content"),
      ogSiteName: attr('meta[property="og:site_name"]', "content"),
      ogImage: attr('meta[property="og:image"]', "content"),
      ogImageAlt: attr('meta[property="og:image:alt"]', "content"),
      ogDescription: attr('meta[property="og:description"]', "content"),
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    };
  }, path);
}

/** Width and height of a PNG from its IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "PNG signature").toBe(true);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Relative luminance (0 black – 1 white) of a computed CSS colour such as "rgb(14, 17, 22)". */
export function luminance(cssColor: string): number {
  const [r, g, b] = (cssColor.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  expect(Number.isFinite(r) && Number.isFinite(g) && Number.isFinite(b), `parsable colour: ${cssColor}`).toBe(true);
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG's contrast ratio of two CSS colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

export function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

/** Every object in the page's JSON-LD blocks (top level and inside @graph). */
export function jsonLdNodes(blocks: string[]): Record<string, unknown>[] {
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown>;
    return Array.isArray(data["@graph"]) ? (data["@graph"] as Record<string, unknown>[]) : [data];
  });
}

/** Waits until React has hydrated: the theme toggle only gets its state (aria-pressed) on the client. */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('button[aria-label="Dark theme"][aria-pressed]').first()).toBeAttached();
}

/** Opens `path` and its search dialog with Ctrl+K (the shortcut listens from hydration on): the dialog and its box. */
export async function openSearchDialog(page: Page, path = "/vetting") {
  await page.goto(path);
  await hydrated(page);
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search the guide" });
  return { dialog, box: dialog.getByRole("combobox") };
}

/** A chapter with at least three h2 sections, and a section from its middle. */
export async function chapterWithSections(page: Page, request: Parameters<typeof chapterPaths>[0]) {
  for (const chapter of await chapterPaths(request)) {
    const sections = await sectionsOf(page, chapter);
    if (sections.length >= 3) return { chapter, sections, middle: sections[Math.floor(sections.length / 2)] };
  }
  throw new Error("no chapter has three h2 sections");
}

/** Every chapter with its h2 sections (or the headings `levels` names). */
export async function allSections(page: Page, request: Parameters<typeof chapterPaths>[0], levels: "h2" | "h2, h3" = "h2") {
  const chapters = await chapterPaths(request);
  const result: { chapter: string; sections: Section[] }[] = [];
  for (const chapter of chapters) result.push({ chapter, sections: await sectionsOf(page, chapter, levels) });
  expect(result.flatMap((c) => c.sections).length).toBeGreaterThan(0);
  return result;
}

export async function expectBelowHeader(page: Page, id: string) {
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
