import net from "node:net";
import { describe, expect, test } from "vitest";
import { confirmationMail } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/transport";
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
