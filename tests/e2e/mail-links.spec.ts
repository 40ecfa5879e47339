import { expect, test } from "@playwright/test";
import { header, mailsTo, textBody } from "../support/mail";
import { expiredUnsubscribeToken, freshAddress, mainOutbox, pathOf, query, signUp, uniqueEmail } from "./forms-helpers";

// What a mail's links and a reader's address meet without JavaScript: links that have expired or were cut short,
// the deletion link, addresses in other scripts.
test.use({ javaScriptEnabled: false });

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() });
});

test("an address under a domain in another script is taken (it was refused as 'not an address'), and shown as its owner writes it", async ({ page }) => {
  const local = uniqueEmail("idn").split("@")[0];
  await page.goto("/subscribe");
  await signUp(page, "subscribe", `${local}@пример.рф`); // the browser sends the domain as xn--e1afmkfd.xn--p1ai
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox");
  await expect(page.getByText(`${local}@пример.рф`)).toBeVisible();
  expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [`${local}@xn--e1afmkfd.xn--p1ai`])).toEqual([{ n: 1 }]);
});

test("an expired or altered link says so, and changes nothing", async ({ page }) => {
  await page.goto("/subscribe/confirm?token=AQ-not-a-real-token");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
  await page.goto("/subscribe/sent?t=garbage");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page has expired");
  await expect(page.locator("#footer-signup-form")).toBeHidden();
  // A mail's link cut short, or past its year, says so as it opens, with no button that would fail once pressed,
  // and leads to a new one.
  for (const [token, heading] of [["garbage", "This link is not valid"], [expiredUnsubscribeToken(uniqueEmail("expired")), "This link has expired"]]) {
    await page.goto(`/unsubscribe?token=${token}&about=delete`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("button")).toHaveCount(0);
    await page.getByRole("link", { name: "Ask for a new link on the privacy page" }).click();
    await expect(page).toHaveURL(/\/privacy#leave$/);
  }
});

test("privacy: a deletion link is mailed only for known addresses, and the page says the same either way", async ({ page }) => {
  const known = uniqueEmail("known");
  await page.goto("/subscribe");
  await signUp(page, "subscribe", known);
  for (const email of [known, uniqueEmail("stranger")]) {
    await page.goto("/privacy");
    await page.locator("#delete-email").fill(email);
    await page.getByRole("button", { name: "Send me a deletion link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your inbox for the deletion link");
    await expect(page.locator("#footer-signup-form")).toBeHidden(); // no newsletter offer to someone deleting their data
  }
  const deletionMail = () => mailsTo(mainOutbox, known).find((raw) => header(raw, "subject")?.startsWith("Your link to delete"));
  await expect.poll(deletionMail).toBeTruthy();
  // The mail's one link leads with deleting; the reader, still on the list, may unsubscribe instead.
  const links = textBody(deletionMail()!).match(/https?:\/\/\S+/g)!;
  expect(links).toHaveLength(1);
  await page.goto(pathOf(links[0]));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete your data");
  await expect(page.getByRole("button", { name: "Unsubscribe from the newsletter" })).toBeVisible();
  await page.getByRole("button", { name: "Delete all my data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data is deleted");
  expect(query("SELECT COUNT(*) AS n FROM subscribers WHERE email = ?", [known])).toEqual([{ n: 0 }]);
});
