import { expect, test, type Page } from "@playwright/test";
import { expiredUnsubscribeToken, freshAddress, linkFromMail, pathOf, signUp, uniqueEmail, unsubscribePath } from "./forms-helpers";

// The page title is the first thing a screen reader says when a page opens (and what it repeats on request):
// on the pages a form or a mail's link leads to, it must say what the page says, not what it said before
// the reader acted ("Confirm your subscription" over "You are subscribed", "Check your inbox" over an
// expired page).

test.use({ javaScriptEnabled: false });

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": freshAddress() });
});

/** The page shows `heading`, and its title begins with it (the site's name follows). */
async function expectPage(page: Page, heading: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  expect((await page.title()).split(" · ")[0]).toBe(heading);
}

test("an outcome page's title is its heading, whatever the outcome", async ({ page, baseURL }) => {
  // A real link from a mail, to an address on the list.
  const unsubscribe = await unsubscribePath(baseURL!, "titles-link");
  const outcomes: [string, string][] = [
    ["/subscribe/sent", "This page has expired"],
    ["/subscribe/sent?t=cut-short", "This page has expired"],
    ["/subscribe/confirm?token=cut-short", "This link is not valid"],
    ["/unsubscribe", "Unsubscribe"],
    // A link that cannot be used says so as it opens (its buttons had failed only once pressed).
    ["/unsubscribe?token=cut-short", "This link is not valid"],
    [`/unsubscribe?token=${expiredUnsubscribeToken("gone@example.com")}`, "This link has expired"],
    // status=unsubscribed is what the endpoint's redirect adds; written into a link by anyone, it is not believed
    // (the page had said "You are unsubscribed" for any token). The real one is in the next test.
    [`${unsubscribe}&status=unsubscribed`, "Unsubscribe from the newsletter"],
    [`${unsubscribe}&about=request&status=unsubscribed`, "Delete your request and your data"],
    [`${unsubscribe}&about=request`, "Delete your request and your data"],
    // The deletion link mailed from /privacy.
    [`${unsubscribe}&about=delete`, "Delete your data"],
    ["/consultation/sent?ref=CR-7K2M9QXD", "Thank you: your request is in"],
  ];
  for (const [path, heading] of outcomes) {
    await test.step(path, async () => {
      await page.goto(path);
      await expectPage(page, heading);
    });
  }
});

test("after signing up and confirming, each page's title says where the reader is", async ({ page }) => {
  const email = uniqueEmail("titles");
  await page.goto("/subscribe");
  await signUp(page, "subscribe", email);
  await expect(page).toHaveURL(/\/subscribe\/sent\?t=/);
  await expectPage(page, "Check your inbox");

  const confirm = pathOf(await linkFromMail(email, "/subscribe/confirm"));
  await page.goto(confirm);
  await expectPage(page, "Confirm your subscription");
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expectPage(page, "You are subscribed");
  await page.goto(confirm);
  await expectPage(page, "You were already subscribed");

  const unsubscribe = pathOf(await linkFromMail(email, "/unsubscribe"));
  await page.goto(unsubscribe);
  await expectPage(page, "Unsubscribe from the newsletter");
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expectPage(page, "You are unsubscribed");
  await page.goto(unsubscribe);
  await expectPage(page, "This address gets no newsletter");
});
