import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { footerLinks, headerLinks } from "../../lib/data/shortcuts";
import { fullListLimit } from "../../lib/navigation";
import { pagePaths, toolPath } from "../../lib/routes";
import { tools } from "../../lib/tools/catalog";
import { readBaseline } from "../bench/baseline";
import { limits } from "../bench/budgets";
import { chapterLinkCounts, chapterText, firstLoadCss, firstLoadJs, htmlToTextRatio, httpLoader } from "../bench/bytes";
import { chapterLinks } from "./chapter-links";
import { chapterPaths } from "./helpers";

/**
 * Byte budgets of issues 10 and 12, from the server HTML and the files it references (deterministic: no
 * timing). Figures are computed with the bench's own code (tests/bench), so `npm run bench` and `npm test`
 * measure the same thing. KiB = 1024 bytes.
 */

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function htmlOf(baseURL: string, path: string): Promise<string> {
  const response = await fetch(new URL(path, baseURL), { headers: { "accept-encoding": "identity" } });
  expect(response.status, `${path} answers 200`).toBe(200);
  return response.text();
}

test.describe("byte budgets", () => {
  test("first-load JavaScript of /, /vetting and /faq: within the framework baseline + 15 KiB gzip", async ({ baseURL }) => {
    // Throws, naming both versions, when the baseline was recorded with another Next than the installed one.
    const baseline = readBaseline();
    const limit = baseline.firstLoadJsGzip + limits.jsOverBaseline;
    for (const path of ["/", "/vetting", "/faq"]) {
      const js = await firstLoadJs(await htmlOf(baseURL!, path), httpLoader(baseURL!));
      expect(js.gzip, `${path}: ${kib(js.gzip)} of JS (${js.files} files); limit ${kib(limit)} = empty Next ${baseline.next} app ${kib(baseline.firstLoadJsGzip)} + 15 KiB`).toBeLessThanOrEqual(limit);
    }
  });

  test("/vetting: CSS under 20 KiB gzip, HTML under 30 KiB gzip (HTML ÷ own text reported)", async ({ baseURL }) => {
    const html = await htmlOf(baseURL!, "/vetting");
    const css = await firstLoadCss(html, httpLoader(baseURL!));
    expect(css.gzip, `CSS ${kib(css.gzip)} gzip`).toBeLessThan(limits.cssGzip);
    const { htmlGzip, textGzip, ratio } = htmlToTextRatio(html, await chapterText(process.cwd(), "vetting"));
    expect(htmlGzip, `HTML ${kib(htmlGzip)} gzip`).toBeLessThan(limits.htmlGzip);
    // Issue 12 aims at ≤ 3; not asserted (the lead's call: the site's required chrome alone is more than that).
    console.log(`/vetting: HTML ${kib(htmlGzip)} gzip ÷ its own text ${kib(textGzip)} gzip = ${ratio.toFixed(2)} (issue 12 target ≤ ${limits.htmlToText}; reported, not asserted)`);
  });

  test("pages do not ship the dev-only leaf that reloads edited chapters", async ({ baseURL }) => {
    for (const path of ["/", "/vetting"]) {
      const sources = [...(await htmlOf(baseURL!, path)).matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
      expect(sources.length, `${path} references scripts`).toBeGreaterThan(0);
      for (const src of sources) {
        const code = await (await fetch(new URL(src, baseURL))).text();
        expect(code.includes("/api/dev/content-events"), `${path} loads ${src}, which holds the dev reload leaf`).toBe(false);
      }
    }
  });

  test("no chapter page loads the client code of the tools or the forms", async () => {
    // Next's client reference manifest of a route lists, by source path, every client component the route can
    // render (for the chapter routes: everything the MDX registry and the chapter layout can use). A module
    // both sides import, such as the copy buttons' status hook, is shared code, not a tool's: comparing the
    // modules of the pages could not tell the two apart.
    const clientComponents = (route: string) => {
      const manifest = readFileSync(join(".next/server/app", route, "page_client-reference-manifest.js"), "utf8");
      return new Set([...manifest.matchAll(/\[project\]\/(components\/[^"<\s]+?\.client\.tsx?)/g)].map((m) => m[1]));
    };
    const ofToolsOrForms = (file: string) => file.startsWith("components/tools/") || file.startsWith("components/forms/");
    // Otherwise the check below could not fail: the tools and the forms have client components of their own there.
    for (const route of [...tools.map((tool) => toolPath(tool.id)), pagePaths.subscribe, pagePaths.consultation]) {
      expect([...clientComponents(route)].filter(ofToolsOrForms), `${route} has client components of its own`).not.toEqual([]);
    }
    for (const route of ["[chapter]", "[chapter]/[section]"]) {
      const generic = clientComponents(route);
      expect(generic.size, route).toBeGreaterThan(0);
      expect([...generic].filter(ofToolsOrForms), `${route} can load client code of a tool or form`).toEqual([]);
    }
  });
});

test.describe("chapter links in a chapter page", () => {
  test("/vetting links every chapter once from the chapter list, and no chapter list elsewhere", async ({ page, request, baseURL }) => {
    const chapters = await chapterPaths(request);
    expect(chapters.length, "this check is for a guide whose chapter list is not windowed").toBeLessThanOrEqual(fullListLimit);
    const html = await htmlOf(baseURL!, "/vetting");
    const links = await chapterLinks(page, html, chapters);
    expect([...links.list].sort(), "the chapter list links each chapter exactly once").toEqual([...chapters].sort());
    // The header and footer hold only the shortcuts of lib/data/shortcuts.ts; the FAQ is one of them and a chapter.
    const shortcutChapters = (shortcuts: readonly { href?: string; links?: readonly { href: string }[] }[]) =>
      shortcuts.flatMap((l) => [l.href ?? "", ...(l.links ?? []).map((s) => s.href)]).map((href) => href.split("#")[0]).filter((p) => chapters.includes(p));
    expect(links.header, "chapter links in the site header: its shortcuts only").toEqual(shortcutChapters(headerLinks));
    expect(links.footer, "chapter links in the site footer: its shortcuts only").toEqual(shortcutChapters(footerLinks));
    // Outside the chapter's own text: the list, previous/next, and the header/footer shortcuts; nothing else.
    const allowed = links.list.length + 2 + links.header.length + links.footer.length;
    expect(links.outsideBody.length, `chapter links outside the article body: ${links.outsideBody.join(" ")}`).toBeLessThanOrEqual(allowed);
    // The inline RSC payload holds each link once more (the same tree); a client-side copy of the list would add more.
    const counts = chapterLinkCounts(html, chapters.map((p) => p.slice(1)));
    expect(counts.payload, "chapter links in the inline RSC payload vs the markup").toBeLessThanOrEqual(counts.markup);
  });
});
