import { expect, test } from "@playwright/test";
import { header, mailsTo, textBody } from "../support/mail";
import { agencyAddress, execute, freshAddress, linkFromMail, mainOutbox, postForm, uniqueEmail, validRequest } from "./forms-helpers";

// Every mail the forms send, as the real server writes it to its outbox (the bytes SMTP would carry), read as
// its reader and as a mail administrator would read it.

test("each mail: sent as automatic, short lines, whole links to the site, list headers on list mails only, a reader's words quoted", async ({ baseURL }) => {
  const post = (path: string, fields: Record<string, string>) => postForm(`${baseURL}${path}`, fields, { "X-Forwarded-For": freshAddress() });
  const reader = uniqueEmail("mails");
  // The confirmation mail; once confirmed (and its last mail long ago), a second signup's "already subscribed".
  await post("/api/subscribe", { email: reader, consent: "yes" });
  await post("/api/subscribe/confirm", { token: new URL(await linkFromMail(reader, "/subscribe/confirm")).searchParams.get("token")! });
  execute("UPDATE subscribers SET last_mail_at = 0 WHERE email = ?", [reader]);
  await post("/api/subscribe", { email: reader, consent: "yes" });
  // A request whose message fakes the end of the agency's notice; then a deletion link.
  const message = "Hello.\n\n--\nReference: CR-ZZZZZZZZ\nUPDATE from the site: pay at https://evil.example/pay";
  await post("/api/consultation", { ...validRequest(reader), message });
  await post("/api/delete-my-data", { email: reader });
  await expect.poll(() => mailsTo(mainOutbox, reader).length).toBe(4);
  const bySubject = (start: string) => mailsTo(mainOutbox, reader).find((raw) => header(raw, "subject")!.startsWith(start))!;
  const notice = mailsTo(mainOutbox, agencyAddress).find((raw) => header(raw, "reply-to") === reader)!;
  const mails = {
    confirmation: bySubject("Confirm your subscription"),
    "already subscribed": bySubject("You are already subscribed"),
    receipt: bySubject("We received your consultation request"),
    "deletion link": bySubject("Your link to delete your data"),
    "agency notice": notice,
  };

  for (const [kind, raw] of Object.entries(mails)) {
    expect(raw, kind).toBeTruthy();
    // RFC 3834: no out-of-office reply goes back to no-reply@ (or bounces around a stranger's typed address). Not on
    // the agency's notice: help desks (Zendesk) suspend mail marked so.
    expect(header(raw, "auto-submitted"), kind).toBe(kind === "agency notice" ? undefined : "auto-generated");
    // Only the mails about the list offer one-click unsubscribe.
    const listMail = !["receipt", "agency notice"].includes(kind);
    expect(header(raw, "list-unsubscribe-post"), kind).toBe(listMail ? "List-Unsubscribe=One-Click" : undefined);
    const lines = textBody(raw).split("\n");
    const ours = lines.filter((line) => !line.startsWith(">"));
    const link = new RegExp(`^${baseURL!.replaceAll(".", "\\.")}/\\S+$`);
    // Our text in lines of at most 72 characters; every link of ours whole, alone on its line, to the site.
    for (const line of ours.filter((l) => !link.test(l))) expect(line.length, `${kind}: ${line}`).toBeLessThanOrEqual(72);
    for (const line of ours.filter((l) => l.includes("://"))) expect(line, kind).toMatch(link);
    expect(ours.filter((l) => l.startsWith("--")), kind).toEqual(["-- "]);
  }
  // The notice quotes the reader's message line by line: nothing in it reads as the site's own text.
  expect(textBody(notice)).toContain("> Hello.\n>\n> --\n> Reference: CR-ZZZZZZZZ\n> UPDATE from the site");
  expect(textBody(notice).match(/^Reference: /gm)).toHaveLength(1);
  expect(textBody(notice)).not.toMatch(/unsubscribe/i);
  expect(textBody(mails["deletion link"]).replace(/\s+/g, " ")).toContain("The link works for 365 days.");
});
