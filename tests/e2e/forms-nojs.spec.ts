import { expect, test } from "@playwright/test";
import { messages, subscribeConsent } from "../../lib/forms/fields";
import { header, mailsTo, textBody } from "../support/mail";
import { agencyAddress, execute, freshAddress, linkFromMail, mainOutbox, pathOf, postForm, query, signUp, uniqueEmail } from "./forms-helpers";

// Plain HTML forms, as a reader without JavaScript uses them.
test.use({ javaScriptEnabled: false });

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() });
});

test("newsletter from a chapter's end: check-your-inbox page, confirm link from the mail, unsubscribe, delete", async ({ page }) => {
  const email = uniqueEmail("chapter");
  await page.goto("/vetting");
  // One signup offer: the chapter's own, at its end; the footer's is not repeated under it.
  await expect(page.locator("#chapter-signup-form")).toBeVisible();
  await expect(page.locator("#footer-signup-form")).toBeHidden();
  await signUp(page, "chapter-signup", email);
  await expect(page).toHaveURL(/\/subscribe\/sent\?t=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  await expect(page.getByText(email)).toBeVisible();
  expect(page.url()).not.toContain("example.com"); // the address is sealed, not in the URL
  expect(query("SELECT status, consent_text FROM subscribers WHERE email = ?", [email])).toEqual([
    { status: "pending", consent_text: subscribeConsent },
  ]);

  // The confirmation mail: one, with the one-click headers.
  const [mail] = mailsTo(mainOutbox, email);
  expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  expect(header(mail, "list-unsubscribe")).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\?token=[\w-]+>$/);
  // Opening the confirmation link is not consent (mail scanners open every link): the button is.
  const confirm = await linkFromMail(email, "/subscribe/confirm");
  await page.goto(pathOf(confirm));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your subscription");
  await expect(page.getByText(email)).toBeVisible();
  expect(query("SELECT status FROM subscribers WHERE email = ?", [email])).toEqual([{ status: "pending" }]);

  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are subscribed");
  expect(query("SELECT status FROM subscribers WHERE email = ?", [email])).toEqual([{ status: "confirmed" }]);
  await page.goto(pathOf(confirm));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You were already subscribed");

  // Opening the unsubscribe link changes nothing by itself; the button does.
  const unsubscribe = await linkFromMail(email, "/unsubscribe");
  await page.goto(pathOf(unsubscribe));
  expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [email])).toEqual([{ n: 1 }]);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are unsubscribed");
  expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [email])).toEqual([{ n: 0 }]);
  // The same link opened again says there is nothing left to unsubscribe, and still offers the deletion.
  await page.goto(pathOf(unsubscribe));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This address gets no newsletter");
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);
  await page.getByRole("button", { name: "Delete all my data" }).click();
  await expect(page).toHaveURL(/\/privacy\/deleted$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data is deleted");
  // Without SMTP the mails wait in the outbox: the confirmation mail held the address, and is gone too.
  expect(mailsTo(mainOutbox, email)).toEqual([]);
});

test("a signup from a chapter's box leads back to that chapter, also after a mistake; a forged one never leaves the guide", async ({ page, baseURL }) => {
  const email = uniqueEmail("back");
  await page.goto("/vetting");
  const chapterTitle = await page.getByRole("heading", { level: 1 }).textContent();
  // The browser's own check lets "name@example" through; the server's does not, and answers on /subscribe.
  await signUp(page, "chapter-signup", email.replace(/\.com$/, ""));
  await expect(page).toHaveURL(/\/subscribe\?draft=/);
  await expect(page.locator("#subscribe-email-error")).toHaveText(messages.emailNoEnding);
  const back = page.getByRole("link", { name: /^Back to “.+”$/ });
  await expect(back).toHaveAttribute("href", "/vetting");
  await page.locator("#subscribe-form").getByLabel("Email address").fill(email);
  await page.locator("#subscribe-form").getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  await expect(page.getByRole("link", { name: "Back to the guide" })).toHaveCount(0);
  await page.getByRole("link", { name: /^Back to “.+”$/ }).click();
  await expect(page).toHaveURL(/\/vetting$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(chapterTitle!);

  // A hand-made form naming another site, or no chapter, gets the guide's contents instead.
  for (const from of ["//evil.example", "https://evil.example/x", "/no-such-chapter"]) {
    const answer = await postForm(`${baseURL}/api/subscribe`, { email: uniqueEmail("forged"), consent: "yes", from }, { "X-Forwarded-For": freshAddress() });
    expect(answer.status).toBe(303);
    await page.goto(answer.headers.get("location")!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
    await expect(page.getByRole("link", { name: /^Back to/ })).toHaveAttribute("href", "/#chapters");
  }
});

test("signing up twice is harmless; the page never tells a stranger who is subscribed, the mail tells the owner", async ({ page }) => {
  const email = uniqueEmail("twice");
  const stranger = uniqueEmail("stranger");
  const pageText = async () => (await page.locator("main").innerText()).replaceAll(email, "ADDRESS").replaceAll(stranger, "ADDRESS");
  await page.goto("/");
  await expect(page.locator("#footer-signup-form")).toBeVisible();
  await signUp(page, "footer-signup", email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  // No second signup box under "Check your inbox": it read as if the signup had not worked.
  await expect(page.locator("#footer-signup-form")).toBeHidden();
  await page.goto("/subscribe");
  await expect(page.locator("#footer-signup-form")).toBeHidden();
  await signUp(page, "subscribe", email.toUpperCase()); // same address, other case, moments later
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  // The page reads as for a new address (a "wait" would tell a stranger it signed up minutes ago)...
  const freshSignup = async (address: string) => {
    await page.goto("/subscribe");
    await signUp(page, "subscribe", address);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
    return pageText();
  };
  const forStranger = await freshSignup(stranger);
  expect(await freshSignup(email)).toBe(forStranger);
  // ...and no second mail went; the button on that page says why.
  await page.getByRole("button", { name: "Send the mail again" }).click();
  await expect(page.getByText("went out a short while ago")).toBeVisible();
  expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [email])).toEqual([{ n: 1 }]);
  expect(mailsTo(mainOutbox, email)).toHaveLength(1);

  // Confirmed, then a signup with the address (the owner's, or anyone's): the page reads exactly as for an
  // address nobody has signed up; the owner gets a note that nothing changed.
  await page.goto(pathOf(await linkFromMail(email, "/subscribe/confirm")));
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are subscribed");
  execute("UPDATE subscribers SET last_mail_at = 0 WHERE email = ?", [email]); // as if the last mail were long ago
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() }); // this connection has used its 5 forms
  await page.goto("/subscribe");
  await signUp(page, "subscribe", email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  const forSubscriber = await pageText();
  await page.goto("/subscribe");
  await signUp(page, "subscribe", stranger);
  expect(await pageText()).toBe(forSubscriber);
  const mails = mailsTo(mainOutbox, email);
  expect(mails).toHaveLength(2);
  expect(header(mails.at(-1)!, "subject")).toBe("You are already subscribed to the AI Hiring Guide");
  expect(query("SELECT status FROM subscribers WHERE email = ?", [email])).toEqual([{ status: "confirmed" }]);
});

test("consultation: bad input comes back with every message and everything typed; then it is sent", async ({ page }) => {
  const email = uniqueEmail("lead");
  await page.goto("/consultation");
  await expect(page).toHaveTitle(/^Request a confidential consultation/);
  const form = page.locator("#consultation-form");
  // Values the browser's own checks accept but the server refuses.
  await form.getByLabel("Your name").fill("   ");
  await form.getByLabel("Work email").fill("grace@localhost");
  await form.getByLabel("Company").fill("<b>Acme</b>");
  await form.getByRole("radio", { name: "AI Architect and Software Engineers" }).check();
  await form.getByLabel("Team size").selectOption("51-200");
  await form.getByLabel("When you want to hire").selectOption("exploring");
  await form.getByLabel("What you need").fill("Two lines\nof text <3");
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Send request" }).click();

  await expect(page).toHaveURL(/\/consultation\?draft=[\w-]+#form-errors$/);
  await expect(page).toHaveTitle(/^Error: Request a confidential consultation/); // the first thing a screen reader says
  expect(page.url()).not.toContain("localhost%40"); // nothing readable in the address
  // The page shows what one reader typed: never for search engines, while the empty form stays indexable.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect(await (await page.request.get("/consultation")).text()).not.toMatch(/<meta name="robots"/);
  const summary = page.locator("#form-errors");
  await expect(summary.getByRole("heading")).toHaveText("Please check 3 fields");
  await expect(summary.getByRole("link", { name: `Your name: ${messages.nameMissing}` })).toHaveAttribute("href", "#consultation-name");
  await expect(page.locator("#consultation-name-error")).toHaveText(messages.nameMissing);
  await expect(page.locator("#consultation-email-error")).toHaveText(messages.emailNoEnding); // "grace@localhost"
  await expect(page.locator("#consultation-company-error")).toHaveText(messages.markup);
  await expect(form.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  // Everything typed is still there.
  await expect(form.getByLabel("Work email")).toHaveValue("grace@localhost");
  await expect(form.getByLabel("Company")).toHaveValue("<b>Acme</b>");
  await expect(form.getByRole("radio", { name: "AI Architect and Software Engineers" })).toBeChecked();
  await expect(form.getByLabel("Team size")).toHaveValue("51-200");
  await expect(form.getByLabel("When you want to hire")).toHaveValue("exploring");
  await expect(form.getByLabel("What you need")).toHaveValue("Two lines\nof text <3");
  await expect(form.getByRole("checkbox")).toBeChecked();
  expect(query("SELECT COUNT(*) AS n FROM consultations WHERE email = ?", [email])).toEqual([{ n: 0 }]);

  await form.getByLabel("Your name").fill("Grace Hopper");
  await form.getByLabel("Work email").fill(email);
  await form.getByLabel("Company").fill("Acme & Sons");
  await form.getByRole("button", { name: "Send request" }).click();
  // The address rides sealed (never plain in the URL), and the page shows it: a mistyped one is seen in time.
  await expect(page).toHaveURL(/\/consultation\/sent\?ref=CR-[0-9A-Z]{8}&t=[\w-]+$/);
  expect(page.url()).not.toContain("example.com");
  const reference = new URL(page.url()).searchParams.get("ref");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your request is in");
  await expect(page.getByText(reference!)).toBeVisible();
  await expect(page.locator("main")).toContainText(`A receipt with this reference is on its way to ${email}`);
  await expect(page.getByRole("link", { name: "send the request again" })).toHaveAttribute("href", "/consultation");
  expect(query("SELECT reference, name, company, role, team_size, timeline, message FROM consultations WHERE email = ?", [email])).toEqual([
    { reference, name: "Grace Hopper", company: "Acme & Sons", role: "both", team_size: "51-200", timeline: "exploring", message: "Two lines\nof text <3" },
  ]);
  // A receipt to the reader and a notification to the agency (replies go to the reader; not a list mail, so
  // no Unsubscribe button that would not stop the notices). The receipt carries the reference and the choices, never what was typed (the address is not proven to be
  // the sender's: quoting the text would let anyone mail a stranger their own words from our address).
  const receipts = mailsTo(mainOutbox, email);
  expect(receipts).toHaveLength(1);
  expect(textBody(receipts[0])).toContain(`Reference: ${reference}`);
  expect(textBody(receipts[0])).toContain("Timeline: Just exploring");
  for (const typed of ["Grace Hopper", "Acme", "Two lines"]) expect(textBody(receipts[0])).not.toContain(typed);
  const notification = mailsTo(mainOutbox, agencyAddress).find((raw) => raw.includes(reference!));
  expect(notification && header(notification, "reply-to")).toBe(email);
  expect(notification && header(notification, "list-unsubscribe")).toBeUndefined();
  expect(notification && textBody(notification)).toContain("> Two lines\n> of text <3");
  // A reload of the result page posts nothing again.
  await page.reload();
  expect(query("SELECT COUNT(*) AS n FROM consultations WHERE email = ?", [email])).toEqual([{ n: 1 }]);
  // The receipt's reader never subscribed: its link offers to delete the request, not to unsubscribe, and does.
  expect(textBody(receipts[0])).toContain("Delete this request and everything else we hold about you:");
  expect(textBody(receipts[0])).not.toMatch(/^Unsubscribe/m);
  // Not a list mail: no "Unsubscribe" button in the reader's mail program either.
  expect(header(receipts[0], "list-unsubscribe")).toBeUndefined();
  await page.goto(pathOf(await linkFromMail(email, "/unsubscribe")));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete your request and your data");
  await expect(page).toHaveTitle(/^Delete your request and your data/);
  await expect(page.getByRole("button", { name: "Unsubscribe from the newsletter" })).toHaveCount(0); // nothing to stop
  await page.getByRole("button", { name: "Delete all my data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data is deleted");
  expect(query("SELECT COUNT(*) AS n FROM consultations WHERE email = ?", [email])).toEqual([{ n: 0 }]);
});
