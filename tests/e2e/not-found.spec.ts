import { expect, test } from "@playwright/test";
import { faqEntries } from "../../lib/faq";
import { chapterWithSections, notFoundHeading } from "./helpers";

// Pages rendered per request that find nothing to show (an unknown section, a bad result reference, the
// admin page without its token) answer 404 with the site's not-found page, readable without JavaScript
// (lib/server/not-found-document.ts works around a Next.js bug that leaves their body empty).
test.describe("404s without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ["/consultation/sent?ref=nope", "/admin", "/plan/anything", "/no-such-page"]) {
    test(`${path} shows the not-found page with its search form and a way back`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: notFoundHeading })).toBeVisible();
      await expect(page.getByRole("searchbox", { name: "Search the guide" }).last()).toBeVisible();
      await page.getByRole("link", { name: "See all chapters" }).click();
      await expect(page).toHaveURL(/\/#chapters$/);
    });
  }

  // A shared link outlives a heading's name: the reader is told which chapter it led to and picks the section
  // there, rather than starting over from a search.
  test("a link to a section a chapter no longer has names the chapter and lists its sections, which lead into it", async ({ page, request }) => {
    const { chapter, middle } = await chapterWithSections(page, request);
    for (const path of [`${chapter}/${middle.id}-renamed`, `${chapter}/section-not-found`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^“.+” has no section at that address$/);
      await expect(page.locator("html")).not.toHaveAttribute("data-js"); // no JavaScript ran
      await expect(page.getByRole("searchbox", { name: "Search the guide" }).last()).toBeVisible();
    }
    await page.getByRole("link", { name: middle.title, exact: true }).click();
    await expect(page).toHaveURL(`${chapter}#${middle.id}`);
    await expect(page.locator(`[id="${middle.id}"]`)).toBeInViewport();
  });

  test("a link to an FAQ answer that is gone lists the FAQ's questions", async ({ page }) => {
    expect((await page.goto("/faq/a-question-since-reworded"))?.status()).toBe(404);
    const [first] = faqEntries;
    await page.getByRole("link", { name: first.question, exact: true }).click();
    await expect(page).toHaveURL(`/faq#${first.id}`);
  });
});
