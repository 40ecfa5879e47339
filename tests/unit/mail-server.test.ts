import net from "node:net";
import os from "node:os";
import { SMTPServer } from "smtp-server";
import { describe, expect, test } from "vitest";
import { confirmationMail } from "@/lib/mail/messages";
import { mailServerCheck, mailSetup, sendMail } from "@/lib/mail/transport";
import { errorKind } from "@/lib/error-kind";

/** What the operator learns when the mail server (SMTP_URL) is down or refuses the site. */

const links = { unsubscribePage: "https://guide.example/unsubscribe?token=abc", oneClick: "https://guide.example/api/unsubscribe?token=abc" };

/** A loopback port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const { port } = closed.address() as net.AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return port;
}

describe("a mail server that is down", () => {
  test("fails the mail with a code the log can name: the system's (ECONNREFUSED) beside nodemailer's (ESOCKET)", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    try {
      const error = await sendMail(confirmationMail("down@example.com", "https://guide.example/c", links, 48)).then(() => undefined, (e: unknown) => e);
      expect(errorKind(error)).toBe("Error (ESOCKET, ECONNREFUSED)"); // was "Error (ESOCKET)"
    } finally {
      delete process.env.SMTP_URL;
    }
  });
});

describe("the mail server, tried once at start", () => {
  test("says whether it answered and took the login, never the password: a wrong host or password showed only at the first signup", async () => {
    const server = new SMTPServer({
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, callback) => (auth.password === "right-pass" ? callback(null, { user: auth.username }) : callback(new Error("Invalid username or password"))),
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as net.AddressInfo;
    try {
      expect(await mailServerCheck({ SMTP_URL: `smtp://guide:right-pass@127.0.0.1:${port}` })).toEqual({ ok: true, line: `✓ The mail server at 127.0.0.1:${port} answered and accepted the login` });
      const wrong = await mailServerCheck({ SMTP_URL: `smtp://guide:wrong-pass@127.0.0.1:${port}` });
      expect(wrong).toEqual({ ok: false, line: `⚠ The mail server at 127.0.0.1:${port} did not take a test connection: Error (EAUTH, SMTP 535). Every mail fails until it does (the forms still answer): check SMTP_URL.` });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const down = await mailServerCheck({ SMTP_URL: `smtp://guide:right-pass@127.0.0.1:${await closedPort()}` });
    expect(down?.line).toContain("did not take a test connection: Error (ESOCKET, ECONNREFUSED)");
    expect(down?.line).not.toContain("right-pass");
    expect(await mailServerCheck({})).toBeUndefined();
  });
});

/** This machine's address on its network (not loopback), else its name: how another machine would reach it. */
function networkHost(): string {
  const address = Object.values(os.networkInterfaces()).flat().find((a) => a && !a.internal && a.family === "IPv4");
  return address?.address ?? os.hostname();
}

describe("a mail server on another machine that offers no encryption", () => {
  test("gets neither the login nor a reader's mail, unless SMTP_URL opts out with requireTLS=false", async () => {
    const seen: string[] = [];
    const server = new SMTPServer({
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, callback) => (seen.push(`login ${auth.username}`), callback(null, { user: auth.username })),
      onData: (stream, session, callback) => (stream.resume(), stream.on("end", () => (seen.push(`mail to ${session.envelope.rcptTo.map((r) => r.address).join()}`), callback()))),
    });
    await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
    const { port } = server.server.address() as net.AddressInfo;
    const url = `smtp://guide:secret-pass@${networkHost()}:${port}`;
    const mail = confirmationMail("reader@example.com", "https://guide.example/c", links, 48);
    try {
      process.env.SMTP_URL = url;
      const error = await sendMail(mail).then(() => undefined, (e: unknown) => e);
      expect(errorKind(error)).toMatch(/^Error \(ETLS\b/); // nodemailer asked for STARTTLS and got no yes
      expect((await mailServerCheck({ SMTP_URL: url }))?.line).toContain("it offers no encryption: use smtps:// (port 465) if it has it, or add ?requireTLS=false");
      expect(seen).toEqual([]);

      process.env.SMTP_URL = `${url}?requireTLS=false`;
      await sendMail(mail);
      expect(seen).toEqual(["login guide", "mail to reader@example.com"]);
      expect(mailSetup({ SMTP_URL: process.env.SMTP_URL }).line).toContain("⚠ SMTP_URL says requireTLS=false: the login and readers' mail may cross the network");
      expect(mailSetup({ SMTP_URL: url }).ok).toBe(true);
      expect(mailSetup({ SMTP_URL: `${url}?requireTLS=0` }).line).toContain("⚠ SMTP_URL says requireTLS=false"); // 0 is false to nodemailer too
    } finally {
      delete process.env.SMTP_URL;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
