import { expect, test } from "@playwright/test";
import { headerLinks } from "../../lib/data/shortcuts";
import { isSpeculative } from "../bench/browser";
import { desktop, hydrated } from "./helpers";

/**
 * The prefetch budget of issue 12, in a real browser: without any interaction a chapter page fetches only
 * the previous and next chapters ahead of time (at most 30 KiB over the wire), and a link the reader points
 * at is prefetched then. Speculative requests are Next's RSC fetches (`?_rsc=`, `RSC: 1` or
 * `Next-Router-Prefetch`), the same rule the bench uses (tests/bench/browser.ts).
 */

const budget = 30 * 1024;
const pathOf = (url: string) => new URL(url, "http://site.invalid/").pathname;

test("/vetting prefetches at most 30 KiB while the reader idles, and a header link when pointed at", async ({ browser }) => {
  const context = await browser.newContext({ viewport: desktop });
  const page = await context.newPage();
  const speculative: { path: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on("requestfinished", (request) => {
    pending.push(
      (async () => {
        if (!isSpeculative(request.url(), await request.allHeaders())) return;
        const sizes = await request.sizes();
        // Transferred: the body as sent (gzip) plus the response headers.
        speculative.push({ path: pathOf(request.url()), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
      })(),
    );
  });

  await page.goto("/vetting");
  await hydrated(page);
  const neighbours = await page.locator('a[rel="prev"], a[rel="next"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(neighbours.length, "/vetting has a previous and a next chapter").toBe(2);
  const prefetched = () => new Set(speculative.map((s) => s.path));
  // The previous and next chapters are prefetched while the reader does nothing (however slow the machine), …
  await expect.poll(() => neighbours.every((href) => prefetched().has(pathOf(href))), { message: "both neighbours prefetched", timeout: 15_000 }).toBe(true);
  // … and nothing else follows: a second of idle time, then every request's size is in.
  await page.waitForTimeout(1000);
  await Promise.all(pending);
  const total = speculative.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`/vetting idle prefetch: ${speculative.length} requests, ${(total / 1024).toFixed(1)} KiB transferred (${[...prefetched()].join(", ")})`);
  expect(total, `speculative bytes: ${JSON.stringify(speculative)}`).toBeLessThanOrEqual(budget);
  expect(prefetched()).toEqual(new Set(neighbours.map(pathOf)));

  // Pointing at a header link prefetches its page.
  const target = headerLinks.flatMap((link) => ("href" in link ? [link.href] : [])).find((href) => !neighbours.map(pathOf).includes(pathOf(href)) && pathOf(href) !== "/vetting");
  expect(target, "a header link to a page not prefetched yet").toBeDefined();
  await page.getByRole("banner").locator(`a[href="${target}"]`).first().hover();
  await expect.poll(() => speculative.filter((s) => s.path === pathOf(target!)).length, { message: `hovering ${target} prefetches it` }).toBeGreaterThan(0);
  // Stop listening and let every size lookup finish before the page goes away (a late prefetch would
  // otherwise ask for its sizes from a closed page).
  page.removeAllListeners("requestfinished");
  await Promise.all(pending);
  await context.close();
});
