import { expect, test } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { linkFromMail, postForm, startServer, tempDataDir, uniqueEmail } from "./forms-helpers";
import { headOf, sectionsOf, SITE_URL } from "./helpers";

/** Servers of the same build started with other settings, on the main port + 4 and + 5. */
const port = Number(process.env.E2E_PORT ?? 3100) + 4;

/** The "Edit this page" link of a page, as served. */
async function editLink(url: string): Promise<string | undefined> {
  const html = await (await fetch(url)).text();
  return /<a[^>]*href="([^"]+)"[^>]*>Edit this page</.exec(html)?.[1];
}

test("a server started with other settings keeps the build's address and repository in pages rendered per request and in mails, and warns", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const [section] = await sectionsOf(page, "/vetting");
  const builtEditLink = await editLink(`${baseURL}/vetting`);
  expect(builtEditLink).toMatch(/^https:\/\//);
  const dir = tempDataDir("site-url");
  const elsewhere = "https://elsewhere.example";
  const server = await startServer(port, { SITE_URL: elsewhere, REPO_URL: "https://example.org/someone/else", REPO_BRANCH: "other", DATA_DIR: dir });
  try {
    await page.goto(`${server.origin}/robots.txt`);
    // A share page and a search page are rendered on every request, after the build.
    for (const path of [`/vetting/${section.id}`, "/search?q=architect"]) {
      const head = await headOf(page, path);
      expect(head.status, path).toBe(200);
      expect(head.canonical, `${path} canonical`).toMatch(new RegExp(`^${SITE_URL}/`));
    }
    const share = await headOf(page, `/vetting/${section.id}`);
    expect(new URL(share.ogImage!).origin).toBe(SITE_URL);
    expect(await editLink(`${server.origin}/vetting/${section.id}`)).toBe(builtEditLink);

    // The confirmation mail's link must open the site the reader signed up on, not the address given at start.
    const email = uniqueEmail("origin");
    expect((await postForm(`${server.origin}/api/subscribe`, { email, consent: "yes" })).status).toBe(303);
    const link = await linkFromMail(email, "/subscribe/confirm", `${dir}/outbox`);
    expect(new URL(link).origin).toBe(SITE_URL);

    expect(server.stderr()).toContain(`SITE_URL is ${elsewhere}`);
    expect(server.stderr()).toContain("rebuild");
  } finally {
    await server.stop();
  }
});

test("a server whose DATA_DIR cannot be written says so at start, serves every page, and answers form posts with 503, nothing stored", async () => {
  test.setTimeout(60_000);
  const file = `${tempDataDir("unwritable")}/a-file`;
  writeFileSync(file, "");
  const server = await startServer(port + 1, { DATA_DIR: `${file}/data` });
  try {
    await expect.poll(() => server.stderr(), { message: "the start-up log" }).toContain("Form storage did not open");
    expect(server.stderr()).toContain("ENOTDIR");
    expect(server.stderr()).toContain("SMTP_URL is not set"); // startServer clears SMTP_URL: mail goes to the outbox
    expect((await fetch(`${server.origin}/vetting`)).status).toBe(200);
    const response = await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("nodir"), consent: "yes" });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("Nothing was stored");
    expect((await fetch(`${server.origin}/subscribe`)).status).toBe(200);
  } finally {
    await server.stop();
  }
});
