import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { chapterPaths, hydrated, notFoundHeading, sectionsOf } from "./helpers";

/** The `'sha256-…'` sources in a Content-Security-Policy's script-src. */
function scriptHashesOf(policy: string): string[] {
  const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
  return scriptSrc.split(/\s+/).filter((source) => source.startsWith("'sha256-"));
}

/** The inline scripts the browser parsed (not JSON-LD data blocks), hashed as CSP hashes them: their text, UTF-8. */
async function inlineScriptHashes(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll("script:not([src])")].filter((s) => !(s as HTMLScriptElement).type.includes("json")).map((s) => s.textContent ?? ""),
  );
  return texts.map((text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
}

/** Tries to run script in the page the way injected markup would; returns what ran. */
function injectScripts(page: Page) {
  return page.evaluate(async () => {
    const flags = window as unknown as Record<string, boolean>;
    const script = document.createElement("script");
    script.textContent = "window.__injectedScript = true";
    document.body.append(script);
    const image = document.createElement("img");
    image.setAttribute("onerror", "window.__injectedHandler = true");
    image.src = "data:,not-an-image";
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { script: flags.__injectedScript === true, handler: flags.__injectedHandler === true };
  });
}

test("every page names its own inline scripts by hash: an injected script or handler does not run, the page's own do", async ({ page, request }) => {
  const [chapter] = await chapterPaths(request);
  const [section] = await sectionsOf(page, chapter);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  // A prerendered chapter (twice: the second answer comes from the server's response cache), pages rendered on
  // request (a shared section, a search) and the 404 page the server swaps in.
  for (const path of [chapter, chapter, `${chapter}/${section.id}`, "/search?q=architect+salary", "/no-such-page"]) {
    await test.step(path, async () => {
      violations.length = 0;
      const response = (await page.goto(path))!;
      const policy = (await response.headerValue("content-security-policy")) ?? "";
      const hashes = scriptHashesOf(policy);
      // The theme script ran (it marks the page), and React hydrated the page from its inline data.
      await expect(page.locator("html[data-js]")).toBeAttached();
      if (path === "/no-such-page") await expect(page.getByRole("heading", { name: notFoundHeading })).toBeVisible();
      else await hydrated(page);
      // Every inline script of the page is named, and nothing else is.
      expect(new Set(hashes), `${path}: ${policy}`).toEqual(new Set(await inlineScriptHashes(page)));
      expect(hashes.length).toBeGreaterThan(1);
      expect(await injectScripts(page), path).toEqual({ script: false, handler: false });
      // The injected two were refused by the policy (which Chromium reports), and only they.
      expect(violations.length, violations.join("\n")).toBe(2);
    });
  }
});
