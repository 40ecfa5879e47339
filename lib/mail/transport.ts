import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { dataDir } from "@/lib/store";
import { siteOrigin } from "@/lib/site";

/** One mail as the app composes it; every mail carries an unsubscribe link for its recipient. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** One-click unsubscribe target (RFC 8058), an absolute https URL in production. */
  unsubscribeUrl: string;
  replyTo?: string;
}

/** Sender. Env `MAIL_FROM`; default `AI Hiring Guide <no-reply@HOST>` with the host of `SITE_URL`. */
export function mailFrom(): string {
  return process.env.MAIL_FROM || `AI Hiring Guide <no-reply@${new URL(siteOrigin).hostname}>`;
}

/** Folder of the `.eml` files written when no SMTP server is configured. */
export function outboxDir(env: Record<string, string | undefined> = process.env): string {
  return path.join(dataDir(env), "outbox");
}

/**
 * Where mail goes, for the start-up log (instrumentation.ts): the SMTP server's host (never its password), or
 * the outbox, with a warning, since then no reader receives anything.
 */
export function mailSetup(env: Record<string, string | undefined> = process.env): { ok: boolean; line: string } {
  if (env.SMTP_URL) {
    let host = "the server in SMTP_URL";
    try {
      host = new URL(env.SMTP_URL).host || host;
    } catch {
      // Left to nodemailer to refuse at the first mail; the log still must not print the URL (it may hold a password).
    }
    return { ok: true, line: `✓ Mail goes out over SMTP via ${host}` };
  }
  return {
    ok: false,
    line: [
      `⚠ SMTP_URL is not set: every mail (confirmation links, consultation notices) is written to ${outboxDir(env)}`,
      "  and nobody receives it. Fine for trying the site; set SMTP_URL in production.",
    ].join("\n"),
  };
}

type Sender = (mail: SendMailOptions) => Promise<void>;
const cacheKey = Symbol.for("ai-hiring-guide.mail-senders");
type Holder = { [cacheKey]?: Map<string, Sender> };

function makeSender(): Sender {
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return async (mail) => {
      await transport.sendMail(mail);
    };
  }
  // No SMTP server: nodemailer's stream transport renders the exact message that SMTP would carry, and we
  // keep it as an .eml file (written under a temporary name, then renamed, so no one reads half a file).
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return async (mail) => {
    const info = await transport.sendMail(mail);
    const dir = outboxDir();
    await fs.mkdir(dir, { recursive: true });
    const name = `${Date.now()}-${randomUUID()}.eml`;
    await fs.writeFile(path.join(dir, `.${name}.tmp`), info.message as Buffer);
    await fs.rename(path.join(dir, `.${name}.tmp`), path.join(dir, name));
  };
}

/**
 * Sends one mail: over SMTP when `SMTP_URL` is set, else into `DATA_DIR/outbox/`. Header values are encoded
 * by nodemailer, and CR/LF in any of them can never start a new header; our subjects carry no reader input.
 */
export async function sendMail(mail: Mail): Promise<void> {
  // One transport per configuration (the configuration only changes between tests).
  const senders = ((globalThis as Holder)[cacheKey] ??= new Map());
  const config = `${process.env.SMTP_URL ?? ""}|${outboxDir()}`;
  if (!senders.has(config)) senders.set(config, makeSender());
  await senders.get(config)!({
    from: mailFrom(),
    to: mail.to,
    replyTo: mail.replyTo,
    subject: mail.subject,
    text: mail.text,
    headers: {
      "List-Unsubscribe": `<${mail.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  });
}
