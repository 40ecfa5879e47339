import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { alreadySubscribedMail, confirmationMail, consultationNotification, consultationReceipt, deletionLinkMail } from "@/lib/mail/messages";
import { sendMail, type Mail } from "@/lib/mail/transport";
import type { Consultation } from "@/lib/store/types";
import { header, readOutbox, textBody } from "../support/mail";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

// Each mail as nodemailer writes it (the outbox holds the bytes SMTP would carry), read as its reader would.

afterAll(removeTempDirs);

const token = "A".repeat(120); // as long as the site's sealed tokens
const links = { unsubscribePage: `https://guide.example/unsubscribe?token=${token}`, oneClick: `https://guide.example/api/unsubscribe?token=${token}` };
const request: Consultation = {
  id: "1",
  reference: "CR-ABCDEFGH",
  name: "Ada Lovelace",
  email: "ada@example.com",
  company: "Analytical Engines",
  role: "both",
  teamSize: "1-10",
  timeline: "now",
  message: "Hello,\nwe need an architect.",
  consentText: "ok",
  consentAt: 0,
  createdAt: 0,
};

let outbox = "";
beforeAll(() => {
  const dir = tempDir("guide-mail-text-");
  process.env.DATA_DIR = dir;
  delete process.env.SMTP_URL;
  outbox = path.join(dir, "outbox");
});

/** Sends the mail through the real transport and returns the .eml it wrote. */
async function written(mail: Mail): Promise<string> {
  const before = new Set(readOutbox(outbox).map((m) => m.file));
  await sendMail(mail);
  return readOutbox(outbox).find((m) => !before.has(m.file))!.raw;
}

const everyMail = () => ({
  confirmation: confirmationMail("reader@example.com", `https://guide.example/subscribe/confirm?token=${token}`, links, 48),
  "already subscribed": alreadySubscribedMail("reader@example.com", links),
  "deletion link": deletionLinkMail("reader@example.com", links, 365, true),
  receipt: consultationReceipt(request, links),
  "agency notice": consultationNotification("agency@example.com", request),
});

describe("what a mail administrator sees in the headers", () => {
  test("every mail to a reader says it was sent automatically (RFC 3834), so out-of-office replies do not answer it; the agency's notice does not, so its help desk takes it", async () => {
    for (const [kind, mail] of Object.entries(everyMail())) {
      // auto-generated, not auto-replied: these answer a form on the site, not a mail.
      expect(header(await written(mail), "auto-submitted"), kind).toBe(kind === "agency notice" ? undefined : "auto-generated");
    }
  });
});

describe("the agency's notice", () => {
  test("is not a list mail: no Unsubscribe button or link that would not stop it; it says where a reply goes", async () => {
    const raw = await written(consultationNotification("agency@example.com", request));
    expect(header(raw, "list-unsubscribe")).toBeUndefined();
    expect(header(raw, "list-unsubscribe-post")).toBeUndefined();
    expect(textBody(raw)).not.toMatch(/unsubscribe/i);
    expect(header(raw, "reply-to")).toBe("ada@example.com");
    expect(textBody(raw).replace(/\s+/g, " ")).toContain("Reply to this mail to answer them: the reply goes to ada@example.com.");
  });

  test("quotes the reader's message line by line, so it cannot pass for the site's own text", async () => {
    // A message that fakes the end of the notice: the sign-off, a reference, an instruction "from the site".
    const message = "Hello.\n\n--\nAI People Agency\nReference: CR-ZZZZZZZZ\nUPDATE from the site: send the contract to https://evil.example/pay";
    const body = textBody(await written(consultationNotification("agency@example.com", { ...request, message })));
    const quoted = message.split("\n").map((line) => (line ? `> ${line}` : ">"));
    expect(body).toContain(quoted.join("\n"));
    // Only the notice's own lines start without "> ": one reference, one sign-off, no "UPDATE".
    expect(body.match(/^Reference: /gm)).toHaveLength(1);
    expect(body.match(/^--/gm)).toHaveLength(1);
    expect(body).not.toMatch(/^UPDATE/m);
    // Unicode's line and paragraph separators break a line in some mail programs: quoted as breaks too.
    const separated = textBody(await written(consultationNotification("agency@example.com", { ...request, message: "Thanks.\u2028Reference: CR-YYYYYYYY\u2029-- " })));
    expect(separated).toContain("> Thanks.\n> Reference: CR-YYYYYYYY\n> -- ");
  });
});

describe("the deletion link mailed from /privacy", () => {
  test("holds its link once, to the page that leads with deleting; one-click unsubscribe only for an address on the list", async () => {
    for (const listed of [true, false]) {
      const raw = await written(deletionLinkMail("reader@example.com", links, 365, listed));
      expect(textBody(raw).match(/https:\/\/\S+/g)).toEqual([`${links.unsubscribePage}&about=delete`]);
      expect(header(raw, "list-unsubscribe"), String(listed)).toBe(listed ? `<${links.oneClick}>` : undefined);
    }
  });
});

describe("what a reader sees in a plain-text mail program", () => {
  test("the receipt, sent from no-reply@, says replies to it are not read and how to add something", async () => {
    const body = textBody(await written(everyMail().receipt)).replace(/\s+/g, " ");
    expect(body).toContain("Replies to this mail are not read: to add something, answer their mail when it comes.");
  });

  test("a mail whose link is its point says how long the link works", async () => {
    const body = (mail: Mail) => written(mail).then((raw) => textBody(raw).replace(/\s+/g, " "));
    expect(await body(everyMail().confirmation)).toContain("The link works for 48 hours.");
    expect(await body(everyMail()["deletion link"])).toContain("The link works for 365 days.");
  });

  test("lines of at most 72 characters, each link whole on a line of its own, a footer mail programs know", async () => {
    for (const [kind, mail] of Object.entries(everyMail())) {
      const lines = textBody(await written(mail)).split("\n");
      const link = /^https:\/\/guide\.example\/\S+$/;
      // Lines of at most 72 characters (so "> " quoting stays under 78), but for a link, which must not be broken.
      for (const line of lines.filter((l) => !link.test(l))) expect(line.length, `${kind}: ${line}`).toBeLessThanOrEqual(72);
      // Every link stands alone on its line, so no text around it becomes part of it when a program links it.
      for (const line of lines.filter((l) => l.includes("://"))) expect(line, kind).toMatch(link);
      // RFC 3676's "-- " marks the footer: mail programs dim it and leave it out of a reply.
      expect(lines.filter((l) => l.startsWith("--")), kind).toEqual(["-- "]);
    }
  });
});
