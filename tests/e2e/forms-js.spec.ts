import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { messages } from "../../lib/forms/fields";
import { freshAddress, hydratedForm, linkFromMail, mainRateLimit, pathOf, postForm, query, uniqueEmail } from "./forms-helpers";
import { notFoundHeading } from "./helpers";

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() });
});

test("consultation with JavaScript: inline messages, nothing sent until the form is complete", async ({ page }) => {
  let posts = 0;
  page.on("request", (r) => void (r.method() === "POST" && posts++));
  await page.goto("/consultation");
  const form = await hydratedForm(page, "consultation-form");
  // Untouched fields are not announced as invalid (Chromium does so for an empty required field without "false").
  for (const label of ["Your name", "Work email", "Team size"]) await expect(form.getByLabel(label)).toHaveAttribute("aria-invalid", "false");
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(form.getByRole("status")).toHaveText("8 fields need your attention.");
  for (const [field, message] of [
    ["name", messages.nameMissing],
    ["email", messages.emailMissing],
    ["company", messages.companyMissing],
    ["role", messages.roleMissing],
    ["teamSize", messages.teamSizeMissing],
    ["timeline", messages.timelineMissing],
    ["message", messages.messageMissing],
    ["consent", messages.consentMissing],
  ]) {
    await expect(page.locator(`#consultation-${field}-error`)).toHaveText(message);
  }
  await expect(form.getByLabel("Your name")).toBeFocused();
  expect(posts).toBe(0);

  // A message appears as the reader leaves a field, and goes once it is fixed.
  await form.getByLabel("Work email").fill("grace-at-example");
  await form.getByLabel("Company").focus();
  await expect(page.locator("#consultation-email-error")).toHaveText(messages.emailNoAt);
  // The browser's own check lets an address without a dot after the @ through; the form's does not.
  await form.getByLabel("Work email").fill("grace@example");
  await form.getByLabel("Company").focus();
  await expect(page.locator("#consultation-email-error")).toHaveText(messages.emailNoEnding);
  await form.getByLabel("Work email").fill("grace@example.com");
  await expect(page.locator("#consultation-email-error")).toHaveText("");
});

test("consultation with JavaScript: the server's messages appear in place, every typed value stays, then it is sent", async ({ page }) => {
  const email = uniqueEmail("js-lead");
  await page.goto("/consultation");
  const form = await hydratedForm(page, "consultation-form");
  const typed = { name: "<script>alert(1)</script>", company: "Initech", message: "We are hiring.\nSoon." };
  await form.getByLabel("Your name").fill(typed.name);
  await form.getByLabel("Work email").fill(email);
  await form.getByLabel("Company").fill(typed.company);
  await form.getByRole("radio", { name: "Not sure yet" }).check();
  await form.getByLabel("Team size").selectOption("1-10");
  await form.getByLabel("When you want to hire").selectOption("now");
  await form.getByLabel("What you need").fill(typed.message);
  await form.getByRole("checkbox").check();
  const url = page.url();
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(page.locator("#consultation-name-error")).toHaveText(messages.markup);
  expect(page.url()).toBe(url);
  await expect(form.getByLabel("Your name")).toHaveValue(typed.name);
  await expect(form.getByLabel("Company")).toHaveValue(typed.company);
  await expect(form.getByLabel("What you need")).toHaveValue(typed.message);
  await expect(form.getByRole("radio", { name: "Not sure yet" })).toBeChecked();
  await expect(form.getByRole("checkbox")).toBeChecked();
  expect(await page.locator("script:not([src])").filter({ hasText: "alert(1)" }).count()).toBe(0);
  expect(query("SELECT COUNT(*) AS n FROM consultations WHERE email = ?", [email])).toEqual([{ n: 0 }]);

  // Pending state while the request is on its way.
  await page.route("**/api/consultation", async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
  await form.getByLabel("Your name").fill("Peter Gibbons");
  const button = form.getByRole("button", { name: "Sending…" });
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(button).toBeDisabled();
  await expect(form).toHaveAttribute("aria-busy", "true");
  await expect(page).toHaveURL(/\/consultation\/sent\?ref=CR-/);
  expect(query("SELECT name FROM consultations WHERE email = ?", [email])).toEqual([{ name: "Peter Gibbons" }]);
});

test("a message that appears as the reader leaves a field does not swallow the press on the control below it", async ({ browser }) => {
  // The address's message appears above the consent box: shown at once, it moved the box mid-press.
  for (const device of [{}, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true }]) {
    const context = await browser.newContext({ ...device, extraHTTPHeaders: { "X-Forwarded-For": freshAddress() } });
    const page = await context.newPage();
    await page.goto("/subscribe");
    const form = await hydratedForm(page, "subscribe-form");
    await form.getByLabel("Email address").fill("ada@");
    const consent = form.getByRole("checkbox");
    if ("hasTouch" in device) await consent.tap();
    else await consent.click();
    await expect(consent).toBeChecked();
    await expect(page.locator("#subscribe-email-error")).toHaveText(messages.emailNoDomain); // "ada@"
    await context.close();
  }
});

test("text longer than a field's limit is kept whole, and the reader is told how much to cut, with JavaScript and without", async ({ browser }) => {
  // A pasted message of 2,480 characters: browsers cut a paste at a maxlength without a word.
  const long = `${"We need an architect for our retrieval platform. ".repeat(60).slice(0, 2479)}.`;
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "X-Forwarded-For": freshAddress() } });
    const page = await context.newPage();
    await page.goto("/consultation");
    const form = javaScriptEnabled ? await hydratedForm(page, "consultation-form") : page.locator("#consultation-form");
    await form.getByLabel("What you need").fill(long);
    await expect(form.getByLabel("What you need")).toHaveValue(long);
    if (javaScriptEnabled) {
      await form.getByRole("checkbox").focus(); // leaving the field
      await expect(page.locator("#consultation-message-error")).toHaveText("Use at most 2,000 characters; this has 2,480");
    } else {
      await form.getByLabel("Your name").fill("Ada Lovelace");
      await form.getByLabel("Work email").fill(uniqueEmail("long"));
      await form.getByLabel("Company").fill("Analytical Engines");
      await form.getByRole("radio", { name: "AI Architect and Software Engineers" }).check();
      await form.getByLabel("Team size").selectOption("1-10");
      await form.getByLabel("When you want to hire").selectOption("now");
      await form.getByRole("checkbox").check();
      await form.getByRole("button", { name: "Send request" }).click();
      await expect(page.locator("#consultation-message-error")).toHaveText("Use at most 2,000 characters; this has 2,480");
      await expect(form.getByLabel("What you need")).toHaveValue(long);
    }
    await context.close();
  }
});

test("newsletter with JavaScript on /subscribe, and the rate limit's message when a connection sends too many", async ({ page }) => {
  await page.goto("/subscribe");
  const form = await hydratedForm(page, "subscribe-form");
  for (let i = 0; i < mainRateLimit; i++) {
    await page.goto("/subscribe");
    await hydratedForm(page, "subscribe-form");
    await form.getByLabel("Email address").fill(uniqueEmail(`js-${i}`));
    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  }
  await page.goto("/subscribe");
  await hydratedForm(page, "subscribe-form");
  const email = uniqueEmail("js-over");
  await form.getByLabel("Email address").fill(email);
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByRole("status")).toHaveText(new RegExp(`We accept ${mainRateLimit} forms an hour from one connection`));
  // A message about the whole form takes the focus (and the view): focus is not left on the page's body.
  await expect(form.getByRole("status")).toBeFocused();
  await expect(form.getByRole("status")).toBeInViewport();
  await expect(form.getByLabel("Email address")).toHaveValue(email);
  expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [email])).toEqual([{ n: 0 }]);
});

test("an unknown consultation reference is a 404", async ({ page }) => {
  const response = await page.goto("/consultation/sent?ref=<script>");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFoundHeading);
});

test("the page a confirmation link opens has no WCAG 2.1 A/AA violations, light and dark, and confirms from the keyboard", async ({ page, baseURL }) => {
  const email = uniqueEmail("axe-confirm");
  const signup = await postForm(`${baseURL}/api/subscribe`, { email, consent: "yes" }, { "X-Forwarded-For": freshAddress() });
  expect(signup.status).toBe(303);
  await page.goto(pathOf(await linkFromMail(email, "/subscribe/confirm")));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your subscription");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), colorScheme).toEqual([]);
  }
  await page.getByRole("button", { name: "Confirm my subscription" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are subscribed");
  expect(query("SELECT status FROM subscribers WHERE email = ?", [email])).toEqual([{ status: "confirmed" }]);
});
