import { expect, test } from "@playwright/test";
import { awayFromHourBoundary, execute, freshAddress, linkFromMail, mainOutbox, pathOf, postForm, signUp, uniqueEmail, validRequest } from "./forms-helpers";
import { header, mailsTo } from "../support/mail";

// What a signup's result page says when the mail did not simply go: the inbox had its mails for the hour, the
// reader asks for the mail again, or the signup is gone by then. Without JavaScript, as every form works.
test.use({ javaScriptEnabled: false });

const confirmations = (email: string) => mailsTo(mainOutbox, email).filter((raw) => header(raw, "subject")?.startsWith("Confirm"));

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() });
});

test("an inbox with its mails for the hour: the signup says no mail went; once the reader deletes their data, a new signup mails again", async ({ page, baseURL }) => {
  await awayFromHourBoundary(); // the cap counts per clock hour
  const email = uniqueEmail("capped");
  for (let i = 0; i < 5; i++) {
    const sent = await postForm(`${baseURL}/api/consultation`, validRequest(email), { "X-Forwarded-For": freshAddress() });
    expect(new URL(sent.headers.get("location")!, baseURL).searchParams.get("copy") ?? "sent").toBe("sent");
  }
  await page.goto("/subscribe");
  await signUp(page, "subscribe", email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your signup is saved, but no mail went out");
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(confirmations(email)).toEqual([]);

  // "Delete all my data" also forgets how many mails went to the address this hour.
  await page.goto(pathOf(await linkFromMail(email, "/unsubscribe")));
  await page.getByRole("button", { name: "Delete all my data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/deleted/i);
  await page.goto("/subscribe");
  await signUp(page, "subscribe", email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  await expect.poll(() => confirmations(email).length).toBe(1);
});

test("'Send the mail again' sends it once the interval has passed, and says so when the signup is gone", async ({ page }) => {
  const email = uniqueEmail("resend");
  await page.goto("/subscribe");
  await signUp(page, "subscribe", email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  const resultPage = page.url();
  await expect.poll(() => confirmations(email).length).toBe(1);

  execute("UPDATE subscribers SET last_mail_at = 0 WHERE email = ?", [email]); // as if the first mail were long ago
  await page.getByRole("button", { name: "Send the mail again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  await expect.poll(() => confirmations(email).length).toBe(2);

  // The reader unsubscribes with the mail's link, then presses the button on the old result page.
  await page.goto(pathOf(await linkFromMail(email, "/unsubscribe")));
  await page.getByRole("button", { name: "Unsubscribe", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are unsubscribed");
  await page.goto(resultPage);
  await page.getByRole("button", { name: "Send the mail again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that signup");
  expect(confirmations(email)).toHaveLength(2);
});
