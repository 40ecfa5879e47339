import net from "node:net";
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { confirmationMail, consultationNotification } from "@/lib/mail/messages";
import { forgetOutboxMail, isSenderAddress, mailFrom, mailSetup, sendMail } from "@/lib/mail/transport";
import { errorKind } from "@/lib/error-kind";
import type { Consultation } from "@/lib/store/types";
import { header, headerLines, readOutbox, textBody } from "../support/mail";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);

const links = { unsubscribePage: "https://guide.example/unsubscribe?token=abc", oneClick: "https://guide.example/api/unsubscribe?token=abc" };

/** A consultation whose fields try to inject headers (the schema refuses these; the mail layer must hold anyway). */
const hostile: Consultation = {
  id: "1",
  reference: "CR-ABCDEFGH",
  name: "Mallory\r\nBcc: victim@evil.example",
  email: "mallory@example.com",
  company: "Evil\nX-Injected: yes",
  role: "both",
  teamSize: "1-10",
  timeline: "now",
  message: "Hi\r\n\r\nBcc: another@evil.example",
  consentText: "ok",
  consentAt: 0,
  createdAt: 0,
};

function expectListUnsubscribe(raw: string) {
  expect(header(raw, "list-unsubscribe")).toBe(`<${links.oneClick}>`);
  expect(header(raw, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  expect(textBody(raw)).toContain(links.unsubscribePage);
}

describe("over SMTP (SMTP_URL), to a real SMTP receiver", () => {
  const received: { from: string; to: string[]; raw: string }[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
          callback();
        });
      },
    });
    // Our SMTP ports: the first free one in 2525-2529.
    for (const candidate of [2525, 2526, 2527, 2528, 2529]) {
      const ok = await new Promise<boolean>((resolve) => {
        server.once("error", () => resolve(false));
        server.listen(candidate, "127.0.0.1", () => resolve(true));
      });
      if (ok) {
        port = candidate;
        break;
      }
      server = new SMTPServer(server.options);
    }
    if (port === 0) throw new Error("no free port for the SMTP receiver (2525–2529)");
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.MAIL_FROM = "Guide <guide@example.com>";
  });

  afterAll(async () => {
    delete process.env.SMTP_URL;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test("a confirmation mail arrives with its link, the sender, and the RFC 8058 headers", async () => {
    await sendMail(confirmationMail("reader@example.com", "https://guide.example/subscribe/confirm?token=t0k", links, 48));
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(["reader@example.com"]);
    expect(mail.from).toBe("guide@example.com");
    expect(textBody(mail.raw)).toContain("https://guide.example/subscribe/confirm?token=t0k");
    expectListUnsubscribe(mail.raw);
  });

  test("CR/LF in reader input never becomes a header or a recipient", async () => {
    await sendMail(consultationNotification("agency@example.com", hostile));
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(["agency@example.com"]);
    const names = headerLines(mail.raw).map(([name]) => name);
    expect(names).not.toContain("bcc");
    expect(names).not.toContain("x-injected");
    expect(header(mail.raw, "reply-to")).toBe("mallory@example.com");
    expect(header(mail.raw, "subject")).toBe("New consultation request CR-ABCDEFGH");
  });
});

describe("without SMTP_URL: .eml files in DATA_DIR/outbox", () => {
  test("each mail is one complete .eml file with the same headers SMTP would carry", async () => {
    const dir = tempDir("guide-outbox-");
    process.env.DATA_DIR = dir;
    delete process.env.SMTP_URL;
    await sendMail(confirmationMail("first@example.com", "https://guide.example/subscribe/confirm?token=one", links, 48));
    await sendMail(consultationNotification("agency@example.com", hostile));
    const outbox = readOutbox(path.join(dir, "outbox"));
    expect(outbox).toHaveLength(2);
    expect(fs.readdirSync(path.join(dir, "outbox")).filter((f) => !f.endsWith(".eml"))).toEqual([]); // no temp files left
    const [confirm, notify] = outbox.map((m) => m.raw);
    expect(header(confirm, "to")).toBe("first@example.com");
    expect(textBody(confirm)).toContain("https://guide.example/subscribe/confirm?token=one");
    expectListUnsubscribe(confirm);
    expect(headerLines(notify).map(([n]) => n)).not.toContain("bcc");
  });

  test("deleting a reader's data removes the saved mails to them and the agency's notices about them, and no other", async () => {
    const dir = tempDir("guide-outbox-");
    process.env.DATA_DIR = dir;
    delete process.env.SMTP_URL;
    const reader = { ...hostile, name: "Ada", company: "Acme", message: "Hello", email: "ada@example.com" };
    await sendMail(confirmationMail("ada@example.com", "https://guide.example/subscribe/confirm?token=one", links, 48));
    await sendMail(consultationNotification("agency@example.com", reader));
    // Kept: another reader whose address ends the same way, and a notice about someone else.
    await sendMail(confirmationMail("grace.ada@example.com", "https://guide.example/subscribe/confirm?token=two", links, 48));
    await sendMail(consultationNotification("agency@example.com", { ...reader, email: "grace@example.com" }));
    expect(await forgetOutboxMail("ADA@example.com")).toBe(2);
    // (Sorted: two mails written in the same millisecond have no set order in the folder.)
    const left = readOutbox(path.join(dir, "outbox")).map((m) => `${header(m.raw, "to")} / ${header(m.raw, "reply-to")}`);
    expect(left.sort()).toEqual(["agency@example.com / grace@example.com", "grace.ada@example.com / undefined"]);
    // No outbox at all (mail goes over SMTP): nothing to do, no error.
    expect(await forgetOutboxMail("ada@example.com", { DATA_DIR: path.join(dir, "absent") })).toBe(0);
  });
});

describe("the start-up log line about mail", () => {
  test("with SMTP_URL: names the mail server, never its password", () => {
    const setup = mailSetup({ SMTP_URL: "smtp://guide:s3cret-pass@mail.example.com:587", MAIL_FROM: "Guide <news@guide.example>" });
    expect(setup).toEqual({ ok: true, line: "✓ Mail goes out over SMTP via mail.example.com:587, as Guide <news@guide.example>" });
  });

  test("an SMTP_URL nodemailer cannot use is a warning, not a green tick, and is never printed", () => {
    for (const url of ["garbage s3cret", "http://user:s3cret@mail.example.com", "smtp://"]) {
      const setup = mailSetup({ SMTP_URL: url });
      expect(setup.ok, url).toBe(false);
      expect(setup.line, url).toContain("every mail will fail");
      expect(setup.line, url).not.toContain("s3cret");
    }
  });

  test("with such an SMTP_URL a mail fails at once, with a code for the log, instead of after a 10-second timeout", async () => {
    process.env.SMTP_URL = "mail.example.com:587";
    try {
      const started = Date.now();
      await expect(sendMail({ to: "reader@example.com", subject: "Hi", text: "Hello" })).rejects.toMatchObject({ code: "EBADSMTPURL" });
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      delete process.env.SMTP_URL;
    }
  });

  test("a MAIL_FROM that is not one sender on one line is refused with a warning, and the default sender is used", () => {
    for (const bad of ["Evil <x@y.example>\nBcc: victim@example.com", "not an address", "a@b.example, c@d.example"]) {
      expect(isSenderAddress(bad), bad).toBe(false);
      expect(mailSetup({ SMTP_URL: "smtp://mail.example.com", MAIL_FROM: bad }).line, bad).toContain("MAIL_FROM is not one sender");
      expect(mailFrom({ MAIL_FROM: bad }), bad).toMatch(/^AI Hiring Guide <no-reply@/);
    }
    for (const good of ["news@guide.example", "Guide News <news@guide.example>", " news@guide.example "]) {
      expect(isSenderAddress(good), good).toBe(true);
      expect(mailFrom({ MAIL_FROM: good })).toBe(good.trim());
    }
  });

  test("with SMTP_URL: warns while the outbox still holds mails written before it was set (readers' addresses no purge removes)", () => {
    const dir = tempDir("guide-outbox-left-");
    expect(mailSetup({ SMTP_URL: "smtp://mail.example.com:587", DATA_DIR: dir }).ok).toBe(true); // no outbox at all
    fs.mkdirSync(path.join(dir, "outbox"));
    fs.writeFileSync(path.join(dir, "outbox", "1-a.eml"), "To: reader@example.com\n\nHello");
    fs.writeFileSync(path.join(dir, "outbox", "2-b.eml"), "To: other@example.com\n\nHello");
    const setup = mailSetup({ SMTP_URL: "smtp://mail.example.com:587", DATA_DIR: dir });
    expect(setup.ok).toBe(false);
    expect(setup.line).toContain(`⚠ ${path.join(dir, "outbox")} still holds 2 mails written before SMTP_URL was set`);
    expect(setup.line).not.toContain("reader@example.com");
  });

  test("without SMTP_URL: warns that nobody receives the mails, and says where they are written", () => {
    const setup = mailSetup({ DATA_DIR: "/srv/guide-data" });
    expect(setup.ok).toBe(false);
    expect(setup.line).toContain(`written to ${path.join("/srv/guide-data", "outbox")}`);
    expect(setup.line).toContain("nobody receives it");
  });
});

describe("a mail server that accepts the connection and never answers", () => {
  test("fails the mail within seconds (not the minutes nodemailer would wait by default), with a code the log can name", async () => {
    const silent = net.createServer(() => {}); // accepts, never greets
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const started = Date.now();
    try {
      const error = await sendMail(confirmationMail("slow@example.com", "https://guide.example/c", links, 48)).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(errorKind(error)).toBe("Error (ETIMEDOUT)");
    } finally {
      delete process.env.SMTP_URL;
      silent.close();
    }
  }, 20_000);
});

describe("what the log says about an error", () => {
  test("its class, code and SMTP reply code, never its message (which may quote a reader's address)", () => {
    const smtp = Object.assign(new Error("Recipient <reader@example.com> rejected"), { code: "EENVELOPE", responseCode: 550 });
    expect(errorKind(smtp)).toBe("Error (EENVELOPE, SMTP 550)");
    expect(errorKind(new TypeError("reader@example.com"))).toBe("TypeError");
    expect(errorKind("reader@example.com")).toBe("error");
  });
});
