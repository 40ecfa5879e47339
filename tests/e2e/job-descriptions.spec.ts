import { expect, test } from "@playwright/test";
import { getJobDescriptions, jobDescriptionMarkdown, jobDescriptionText } from "../../lib/tools/job-descriptions";
import { hydrated, phone, SITE_URL } from "./helpers";

const starters = getJobDescriptions();

test.describe("job description starters with JavaScript", () => {
  test("'Copy as text' and 'Copy as Markdown' put the starter on the clipboard and say so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE_URL });
    await page.goto("/job-descriptions");
    await hydrated(page);
    for (const jd of starters) {
      const section = page.locator(`[data-job-description="${jd.role}"]`);
      // Each button's name says which starter it copies: the page has a pair per role.
      for (const label of ["Copy as text", "Copy as Markdown"]) await expect(page.getByRole("button", { name: `${label} (${jd.title})`, exact: true })).toHaveCount(1);
      await section.getByRole("button", { name: "Copy as text" }).click();
      await expect(section.getByRole("status").filter({ hasText: `${jd.title} job description copied as plain text.` })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(jobDescriptionText(jd));

      await section.getByRole("button", { name: "Copy as Markdown" }).click();
      await expect(section.getByRole("status").filter({ hasText: `${jd.title} job description copied as Markdown.` })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(jobDescriptionMarkdown(jd));
    }
  });

  test("the copy buttons work from the keyboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE_URL });
    await page.goto("/job-descriptions");
    await hydrated(page);
    const [jd] = starters;
    await page.locator(`[data-job-description="${jd.role}"]`).getByRole("button", { name: "Copy as Markdown" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(jobDescriptionMarkdown(jd));
  });

  test("shows each part with a link back to the section it comes from", async ({ page }) => {
    await page.goto("/job-descriptions");
    for (const jd of starters) {
      const section = page.locator(`[data-job-description="${jd.role}"]`);
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(jd.title);
      for (const part of jd.parts) {
        const block = section.locator(`[data-part="${part.id}"]`);
        await expect(block.getByRole("heading", { level: 3 })).toHaveText(part.heading);
        await expect(block.getByRole("listitem")).toHaveText(part.items);
        await expect(block.getByRole("link")).toHaveAttribute("href", part.href);
        // A note for the hiring manager says it is not part of the ad, and the ad's text leaves it out.
        await expect(block.getByText("For you, not part of the ad")).toHaveCount(part.notInAd ? 1 : 0);
        const adText = await section.locator('pre[data-copy-source="text"]').textContent();
        expect(adText!.includes(`${part.heading}\n`), part.heading).toBe(!part.notInAd);
      }
    }
  });
});

test.describe("job description starters without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain text and Markdown open in selectable <pre> blocks, and the copy buttons are hidden", async ({ page }) => {
    await page.goto("/job-descriptions");
    for (const jd of starters) {
      const section = page.locator(`[data-job-description="${jd.role}"]`);
      await expect(section.getByRole("button", { name: "Copy as text" })).toBeHidden();
      await section.getByText(`${jd.title} as plain text`).click();
      const text = section.locator('pre[data-copy-source="text"]');
      await expect(text).toBeVisible();
      expect(await text.textContent()).toBe(jobDescriptionText(jd));
      await section.getByText(`${jd.title} as Markdown`).click();
      expect(await section.locator('pre[data-copy-source="markdown"]').textContent()).toBe(jobDescriptionMarkdown(jd));
    }
  });
});

test("on a phone the starters have no horizontal scroll, even with the text blocks open", async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await page.goto("/job-descriptions");
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await context.close();
});

test("printed, each role's starter begins on a page of its own", async ({ page }) => {
  await page.goto("/job-descriptions");
  await page.emulateMedia({ media: "print" });
  // Chromium lays the page out as one long sheet under emulation, so the page break is read from the style it
  // prints with: the Software Engineer starter had begun at the foot of the architect's last page.
  const breaks = await page.locator("[data-job-description]").evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
  expect(breaks).toEqual(starters.map((_, i) => (i === 0 ? "auto" : "page")));
});
