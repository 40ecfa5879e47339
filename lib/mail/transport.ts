import "server-only";
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { errorKind } from "@/lib/error-kind";
import { finishBeforeStop, perProcess } from "@/lib/per-process";
import { dataDir } from "@/lib/store";
import { siteOrigin } from "@/lib/site";

/** One mail as the app composes it; every mail carries an unsubscribe link for its recipient. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  /**
   * One-click unsubscribe target (RFC 8058), an absolute https URL in production. Left out of a mail that is
   * not about the newsletter list (a consultation receipt): mail programs would offer "Unsubscribe" from it.
   */
  unsubscribeUrl?: string;
  replyTo?: string;
  /**
   * Whether the mail says a program sent it (`Auto-Submitted`, RFC 3834), so that vacation notices leave it alone:
   * yes for readers' mails. The agency's notice goes without: help desks such as Zendesk suspend mail that says so,
   * "including from custom built ticket forms", and the notice is often sent to one.
   */
  autoSubmitted?: false;
}

/** The default sender: `AI Hiring Guide <no-reply@HOST>`, HOST from the site's address. */
const defaultFrom = () => `AI Hiring Guide <no-reply@${new URL(siteOrigin).hostname}>`;

/**
 * Whether a MAIL_FROM value is one sender on one line: `a@b.example` or `Name <a@b.example>`. Anything else
 * (a line break, two addresses, no address) would make nodemailer send a broken or empty sender.
 */
export function isSenderAddress(value: string): boolean {
  return !/[\r\n]/.test(value) && /^(?:[^<>@\s]+@[^<>@\s]+|[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+>)$/.test(value.trim());
}

/** Sender. Env `MAIL_FROM` when it is one valid sender (see mailSetup for the warning), else the default. */
export function mailFrom(env: Record<string, string | undefined> = process.env): string {
  return env.MAIL_FROM && isSenderAddress(env.MAIL_FROM) ? env.MAIL_FROM.trim() : defaultFrom();
}

/**
 * Whether a send failed because the mail server said no to the recipient for good (RCPT TO answered 5xx: no such
 * mailbox): the address's fault, not ours. A 5xx to our sender (MAIL FROM: an unverified sender, a quota) or to
 * our login (EAUTH) is ours, and says nothing about the reader's address.
 */
export function recipientRefused(error: unknown): boolean {
  const { code, command, responseCode } = (error ?? {}) as { code?: unknown; command?: unknown; responseCode?: unknown };
  return code === "EENVELOPE" && command === "RCPT TO" && typeof responseCode === "number" && responseCode >= 500;
}

/** How long mail may hold a form request: a dead or stalled mail server fails the mail, not the request. */
const smtpTimeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000, dnsTimeout: 10_000 };

/** An SMTP_URL nodemailer can use: smtp:// or smtps://, with a host. */
function smtpHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "smtp:" || parsed.protocol === "smtps:") && parsed.host ? parsed.host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * nodemailer's options for an SMTP_URL. Over smtp:// nodemailer upgrades with STARTTLS only when the server
 * offers it, and otherwise sends the login and readers' mail in plain text (as it does when someone on the
 * way strips the offer), so to another machine encryption is required. `?requireTLS=false` in SMTP_URL opts
 * out (nodemailer reads options from the URL's query, and those win); a server on this machine needs none.
 */
function smtpOptions(url: string) {
  const { protocol, hostname } = new URL(url);
  // An smtp: URL keeps its host's case ("LOCALHOST"): compared in lower case.
  const host = hostname.toLowerCase();
  const local = host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
  return { url, ...smtpTimeouts, requireTLS: protocol === "smtp:" && !local };
}

/**
 * Whether mail to this SMTP_URL leaves the machine unencrypted: smtp:// to another host with requireTLS off in
 * its query, as nodemailer reads it ("false", "0" or empty: the values it takes as false).
 */
function unencryptedToAnotherHost(url: string): boolean {
  const value = new URL(url).searchParams.get("requireTLS");
  return smtpOptions(url).requireTLS && value !== null && ["false", "0", ""].includes(value.trim().toLowerCase());
}

/** Folder of the `.eml` files written when no SMTP server is configured. */
export function outboxDir(env: Record<string, string | undefined> = process.env): string {
  return path.join(dataDir(env), "outbox");
}

/** How many mails the outbox holds (0 when there is none). */
function outboxMailCount(env: Record<string, string | undefined>): number {
  try {
    return readdirSync(outboxDir(env)).filter((name) => name.endsWith(".eml")).length;
  } catch {
    return 0;
  }
}

/**
 * Where mail goes, for the start-up log (instrumentation.ts): the SMTP server's host (never its password), or
 * the outbox, with a warning, since then no reader receives anything.
 */
export function mailSetup(env: Record<string, string | undefined> = process.env): { ok: boolean; line: string } {
  const lines: string[] = [];
  if (env.SMTP_URL) {
    const host = smtpHost(env.SMTP_URL);
    // Never the URL itself in the log: it may hold a password.
    if (host) lines.push(`✓ Mail goes out over SMTP via ${host}, as ${mailFrom(env)}`);
    else lines.push("⚠ SMTP_URL is not an smtp:// or smtps:// address with a host (e.g. smtp://user:pass@mail.example.com:587): every mail will fail.");
    if (host && unencryptedToAnotherHost(env.SMTP_URL)) lines.push(`⚠ SMTP_URL says requireTLS=false: the login and readers' mail may cross the network to ${host} unencrypted.`);
    // Mails written before SMTP_URL was set stay for good: the retention purge never looks at them, and each
    // holds a reader's address (a request's notice, their message too), past what /privacy promises.
    const left = outboxMailCount(env);
    if (left > 0) lines.push(`⚠ ${outboxDir(env)} still holds ${left} mail${left === 1 ? "" : "s"} written before SMTP_URL was set, with readers' addresses that no retention purge removes: delete them (rm ${path.join(outboxDir(env), "*.eml")}) once you no longer need them.`);
  } else {
    lines.push(
      `⚠ SMTP_URL is not set: every mail (confirmation links, consultation notices) is written to ${outboxDir(env)}`,
      "  and nobody receives it. Fine for trying the site; set SMTP_URL in production.",
    );
  }
  if (env.MAIL_FROM && !isSenderAddress(env.MAIL_FROM)) {
    lines.push(`⚠ MAIL_FROM is not one sender on one line (like "Guide <news@example.com>"); mail goes out as ${defaultFrom()}.`);
  }
  return { ok: !lines.some((line) => line.startsWith("⚠")), line: lines.join("\n") };
}

/**
 * Connects to the mail server once when the server starts (instrumentation.ts) and says whether it answered and
 * took the login, for the start-up log: a mistyped host or password showed only at the first reader's signup,
 * under a green "Mail goes out over SMTP" line. Never throws; undefined without a usable SMTP_URL.
 */
export async function mailServerCheck(env: Record<string, string | undefined> = process.env): Promise<{ ok: boolean; line: string } | undefined> {
  const host = env.SMTP_URL ? smtpHost(env.SMTP_URL) : undefined;
  if (!host) return undefined;
  const transport = nodemailer.createTransport(smtpOptions(env.SMTP_URL!));
  try {
    await transport.verify();
    return { ok: true, line: `✓ The mail server at ${host} answered${new URL(env.SMTP_URL!).username ? " and accepted the login" : ""}` };
  } catch (error) {
    // ETLS: it offered no encryption, which smtp:// to another machine requires (smtpOptions).
    const fix = /\bETLS\b/.test(errorKind(error)) ? "it offers no encryption: use smtps:// (port 465) if it has it, or add ?requireTLS=false only for a relay on a network you trust" : "check SMTP_URL";
    return { ok: false, line: `⚠ The mail server at ${host} did not take a test connection: ${errorKind(error)}. Every mail fails until it does (the forms still answer): ${fix}.` };
  } finally {
    transport.close();
  }
}

type Sender = (mail: SendMailOptions) => Promise<void>;
/** One transport per configuration (the configuration only changes between tests). */
const senders = perProcess<{ byConfig: Map<string, Sender> }>("mail-senders", { keepInDev: true });

function makeSender(): Sender {
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl && !smtpHost(smtpUrl)) {
    // The start-up warning said every mail will fail: fail at once, not after nodemailer's 10 s connection timeout.
    return async () => {
      throw Object.assign(new Error("SMTP_URL is not an smtp:// or smtps:// address with a host"), { code: "EBADSMTPURL" });
    };
  }
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpOptions(smtpUrl));
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
    // Each file holds a reader's address and links that unsubscribe or delete them: the server's user only.
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const name = `${Date.now()}-${randomUUID()}.eml`;
    const temporary = path.join(dir, `.${name}.tmp`);
    // A full disk stops the write part-way: the part holds the reader's address (and a notice their message),
    // where "delete all my data" does not look; it goes with the failure.
    await fs.writeFile(temporary, info.message as Buffer, { mode: 0o600 }).catch(async (error: unknown) => {
      await fs.rm(temporary, { force: true }).catch(() => {});
      throw error;
    });
    await fs.rename(temporary, path.join(dir, name));
  };
}

/**
 * Sends one mail: over SMTP when `SMTP_URL` is set, else into `DATA_DIR/outbox/`. Header values are encoded
 * by nodemailer, and CR/LF in any of them can never start a new header; our subjects carry no reader input.
 * A clean stop waits for the mail to end (lib/server/start.ts), so a restart does not lose a confirmation
 * link that a slow mail server was still taking.
 */
export function sendMail(mail: Mail): Promise<void> {
  const byConfig = (senders.byConfig ??= new Map());
  const config = `${process.env.SMTP_URL ?? ""}|${outboxDir()}`;
  if (!byConfig.has(config)) byConfig.set(config, makeSender());
  return finishBeforeStop(byConfig.get(config)!({
    from: mailFrom(),
    to: mail.to,
    replyTo: mail.replyTo,
    subject: mail.subject,
    text: mail.text,
    headers: {
      // RFC 3834: a program sent it, so vacation notices and other automatic replies leave it alone (they
      // would go to the sender, no-reply@). "auto-generated", not "auto-replied": each mail answers a form on
      // the site, not a mail.
      ...(mail.autoSubmitted === false ? {} : { "Auto-Submitted": "auto-generated" }),
      ...(mail.unsubscribeUrl ? { "List-Unsubscribe": `<${mail.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {}),
    },
  }));
}

/** The addresses in a mail's To and Reply-To headers, lower-cased (the header block only, unfolded). */
function outboxAddresses(raw: string): string[] {
  const head = raw.slice(0, raw.search(/\r?\n\r?\n|$/)).replace(/\r?\n[ \t]+/g, " ");
  const lines = head.split(/\r?\n/).filter((line) => /^(?:to|reply-to):/i.test(line));
  return lines.flatMap((line) => line.match(/[^\s<>,:"]+@[^\s<>,"]+/g) ?? []).map((a) => a.toLowerCase());
}

/**
 * "Delete everything we hold about you" covers the outbox too. Without SMTP_URL every mail stays in
 * DATA_DIR/outbox: the reader's confirmation links and receipts, and the agency's notice (Reply-To: the
 * reader). Removes each saved mail to or about the address; returns how many. Our own files, written by
 * nodemailer, carry the addresses plainly in those two headers, so reading them needs no mail parser.
 */
export async function forgetOutboxMail(email: string, env: Record<string, string | undefined> = process.env): Promise<number> {
  const dir = outboxDir(env);
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const file of files.filter((f) => f.endsWith(".eml"))) {
    const raw = await fs.readFile(path.join(dir, file), "utf8").catch(() => "");
    if (!outboxAddresses(raw).includes(email.toLowerCase())) continue;
    // A file that cannot be removed must not turn the reader's deletion into an error page, but the operator
    // must hear of it, to remove it by hand (the log names the file, never the address).
    const gone = await fs.rm(path.join(dir, file), { force: true }).then(
      () => true,
      (error: unknown) => (console.error(`outbox: ${file} holds mail of a reader who asked for deletion and could not be removed: ${errorKind(error)}`), false),
    );
    if (gone) removed++;
  }
  return removed;
}
