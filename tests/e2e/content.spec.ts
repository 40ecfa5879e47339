import { expect, test } from "@playwright/test";
import { firstQuestion } from "../../lib/data/shortcuts";
import { faqEntries } from "../../lib/faq";
import { bandRegionLabel, formatBandRange, formatSourceDate, salaryBands } from "../../lib/salary-bands";

test.describe("salary bands say what the source leaves out", () => {
  test("each band on /salaries shows its region label and caveat, and the date says it is the source page's last edit", async ({ page }) => {
    await page.goto("/salaries");
    const table = page.getByRole("table", { name: "Salary bands per year, by role and region" });
    for (const band of salaryBands) {
      const row = table.getByRole("row").filter({ hasText: formatBandRange(band) });
      await expect(row).toContainText(bandRegionLabel(band));
      if (band.note) await expect(row).toContainText(band.note);
    }
    await expect(page.locator("[data-salary-bands]")).toContainText(formatSourceDate(salaryBands[0].source));
  });

  test("an inline salary range carries its band's region label", async ({ page }) => {
    await page.goto("/sourcing-and-cost");
    for (const band of salaryBands) {
      await expect(page.locator(`[data-salary-range="${band.role}:${bandRegionLabel(band)}"]`)).toHaveText(
        `${formatBandRange(band)} a year (${bandRegionLabel(band)})`,
      );
    }
  });
});

test.describe("the first question and the FAQ", () => {
  test("the home page answers \"Do I need an AI Architect at all?\" in three sentences, linking to the first chapter", async ({ page }) => {
    await page.goto("/");
    const section = page.getByRole("region", { name: firstQuestion.question });
    await expect(section).toContainText(firstQuestion.answer.join(" "));
    await section.getByRole("link", { name: firstQuestion.linkText }).click();
    await expect(page).toHaveURL(firstQuestion.href);
    await expect(page.locator("article")).toContainText(firstQuestion.answer[0]);
  });

  test("every FAQ answer's Read more link lands on the section that goes deeper", async ({ page }) => {
    await page.goto("/faq");
    const links = page.locator("[data-faq-more]");
    await expect(links).toHaveCount(faqEntries.length);
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")))).toEqual(faqEntries.map((entry) => entry.more));
    for (const entry of faqEntries) {
      await page.goto(`/faq#${entry.id}`);
      await page.locator(`[id="${entry.id}"] [data-faq-more]`).click();
      const [path, hash] = entry.more.split("#");
      await expect(page, entry.id).toHaveURL(entry.more);
      expect(new URL(page.url()).pathname).toBe(path);
      if (hash) await expect(page.locator(`[id="${hash}"]`), entry.more).toBeInViewport();
    }
  });
});
