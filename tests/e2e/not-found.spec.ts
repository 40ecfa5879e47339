import { expect, test } from "@playwright/test";
import { notFoundHeading } from "./helpers";

// Pages rendered per request that find nothing to show (an unknown section, a bad result reference, the
// admin page without its token) answer 404 with the site's not-found page, readable without JavaScript
// (lib/server/not-found-document.ts works around a Next.js bug that leaves their body empty).
test.describe("404s without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ["/vetting/no-such-section", "/consultation/sent?ref=nope", "/admin", "/plan/anything", "/no-such-page"]) {
    test(`${path} shows the not-found page with its search form and a way back`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: notFoundHeading })).toBeVisible();
      await expect(page.getByRole("searchbox", { name: "Search the guide" }).last()).toBeVisible();
      await page.getByRole("link", { name: "See all chapters" }).click();
      await expect(page).toHaveURL(/\/#chapters$/);
    });
  }
});
