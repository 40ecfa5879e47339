import { expect, test } from "@playwright/test";
import { SITE_URL, chapterPaths, hydrated, sectionsOf, sitemapPaths } from "./helpers";

/** Headers every response must carry (values checked where they matter). */
const required = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy", "x-frame-options"];

test("reading the guide makes no third-party request, sets no cookie and breaks no Content-Security-Policy rule", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const [chapter] = await chapterPaths(request);
  const [section] = await sectionsOf(page, chapter);
  const routes = [...(await sitemapPaths(request)), `${chapter}/${section.id}`, "/search?q=architect", "/no-such-page"];

  const foreign: string[] = [];
  const cookies: string[] = [];
  const violations: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== SITE_URL) foreign.push(`${page.url()} → ${r.url()}`);
  });
  page.on("response", async (r) => {
    const setCookie = await r.headerValue("set-cookie");
    if (setCookie) cookies.push(`${r.url()} sets ${setCookie.split(";")[0]}`);
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });

  for (const route of routes) {
    await test.step(route, async () => {
      await page.goto(route, { waitUntil: "networkidle" });
      if (route !== "/no-such-page") await hydrated(page);
      // Use the page as a reader would: open the search dialog and search, toggle the theme.
      if (route === chapter) {
        await page.keyboard.press("Control+k");
        await page.getByRole("combobox").pressSequentially("vetting");
        await expect(page.getByRole("option").first()).toBeVisible();
        await page.keyboard.press("Escape");
        await page.getByRole("button", { name: "Dark theme" }).click();
      }
      expect(await page.evaluate(() => document.cookie)).toBe("");
    });
  }
  expect(foreign, foreign.join("\n")).toEqual([]);
  expect(cookies, cookies.join("\n")).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(violations, violations.join("\n")).toEqual([]);
  await context.close();
});

test("every kind of response carries the security headers, and absolute URLs ignore forged Host headers", async ({ request }) => {
  const html = await (await request.get("/vetting")).text();
  const script = /<script[^>]+src="([^"]+)"/.exec(html)![1];
  const responses = {
    page: await request.get("/vetting"),
    "static file": await request.get(script),
    "preview image": await request.get("/vetting/opengraph-image"),
    "404 page": await request.get("/no-such-page"),
    "405 from the guard": await request.fetch("/vetting", { method: "DELETE" }),
    "400 from the guard": await request.get("/%zz"),
    "search API": await request.get("/api/search?q=hipaa"),
    sitemap: await request.get("/sitemap.xml"),
    // Next's own redirect (a trailing slash), which its header rules never reached.
    "Next's 308": await request.get("/vetting/", { maxRedirects: 0 }),
  };
  for (const [name, response] of Object.entries(responses)) {
    const headers = response.headers();
    for (const header of required) expect(headers[header], `${name}: ${header}`).toBeTruthy();
    const csp = headers["content-security-policy"];
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(csp, `${name}: ${directive}`).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  }
  // Over plain http (the test server) there is no HSTS; lib/http/security-headers.ts adds it for https origins.
  expect(responses.page.headers()["strict-transport-security"]).toBeUndefined();

  const forgeries: Record<string, string>[] = [{ host: "evil.example" }, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }];
  for (const forged of forgeries) {
    for (const path of ["/vetting", "/vetting/architect-questions", "/sitemap.xml", "/robots.txt"]) {
      const body = await (await request.get(path, { headers: forged })).text();
      expect(body, `${path} with ${JSON.stringify(forged)}`).not.toContain("evil.example");
      expect(body).toContain(SITE_URL);
    }
  }
});
