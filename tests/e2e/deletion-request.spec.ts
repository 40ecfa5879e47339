import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { messages } from "../../lib/forms/fields";
import { freshAddress, hydratedForm, postForm, uniqueEmail } from "./forms-helpers";

// The privacy notice's "Send me a deletion link" form, for readers who lost our mail. A mistyped address used to
// end on a bare page from the endpoint (an h1 and a sentence, no site around it), with the address lost.

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a mistyped address comes back in its form, marked, inside the site; fixed, the link is asked for", async ({ page }) => {
    await page.goto("/privacy");
    // Its own label: the footer's signup box on the same page asks for an "Email address" too.
    await page.getByLabel("Email address to delete").fill("ann@example"); // the browser's own check lets it through
    await page.getByRole("button", { name: "Send me a deletion link" }).click();

    await expect(page).toHaveURL(/\/privacy\/delete\?draft=[\w-]+#form-errors$/);
    await expect(page).toHaveTitle(/^Error: Get a link to delete your data/);
    await expect(page.getByRole("banner")).toBeVisible(); // the site's page, not a bare one
    await expect(page.locator("#form-errors").getByRole("link")).toHaveText(`Email address to delete: ${messages.emailNoEnding}`);
    const field = page.getByLabel("Email address to delete");
    await expect(field).toHaveValue("ann@example");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(messages.emailNoEnding);

    await field.fill(uniqueEmail("stranger"));
    await page.getByRole("button", { name: "Send me a deletion link" }).click();
    await expect(page).toHaveURL(/\/privacy\/link-sent$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox for the deletion link");
    expect((await page.title()).split(" · ")[0]).toBe("Check your inbox for the deletion link"); // not the newsletter page's title
  });
});

test("with JavaScript, the form on its own page marks the mistake in place, before anything is sent", async ({ page, baseURL }) => {
  // The page a mistake comes back to passes axe, like every other route.
  const mistyped = await postForm(`${baseURL}/api/delete-my-data`, { email: "ann@example" }, { "X-Forwarded-For": freshAddress() });
  await page.goto(mistyped.headers.get("location")!);
  await expect(page.locator("#delete-email-error")).toHaveText(messages.emailNoEnding);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  let posts = 0;
  page.on("request", (r) => void (r.method() === "POST" && posts++));
  await page.goto("/privacy/delete");
  const form = await hydratedForm(page, "delete-form");
  await form.getByLabel("Email address to delete").fill("ann@");
  await form.getByRole("button", { name: "Send me a deletion link" }).click();
  await expect(page.locator("#delete-email-error")).toHaveText(messages.emailNoDomain);
  await expect(form.getByLabel("Email address to delete")).toBeFocused();
  expect(posts).toBe(0);
});
