import "server-only";
import { createHash } from "node:crypto";
import { errorKind } from "@/lib/error-kind";
import { newsletterIssueMail } from "@/lib/mail/messages";
import { recipientRefused, sendMail, type Mail } from "@/lib/mail/transport";
import type { Store } from "@/lib/store";
import { linksFor } from "./tokens";

/** One issue of the newsletter, read from its file; `id` names its content, so a send can be resumed. */
export interface Issue {
  id: string;
  subject: string;
  body: string;
}

/** A slip in an issue file, said with its file and line. */
export class IssueProblem extends Error {}

/** Longest subject taken: mail programs show about 60 characters of it, and cut the rest. */
const subjectMax = 150;

/**
 * Reads an issue file: a first line `Subject: …`, an empty line, then the text, as the reader is to read it (plain
 * text; lines and links are sent untouched). The id is a hash of subject and text: sending the same file again
 * reaches only those who have not had it, and a changed file is a new issue.
 */
export function readIssue(text: string, file: string): Issue {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const subject = /^Subject:(.*)$/i.exec(lines[0] ?? "")?.[1].trim();
  if (!subject) throw new IssueProblem(`${file}:1: the first line must be the subject, as in "Subject: Hiring notes for December"`);
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f]/.test(subject)) throw new IssueProblem(`${file}:1: the subject holds a control character (a tab or an invisible one): type it again`);
  if (subject.length > subjectMax) throw new IssueProblem(`${file}:1: the subject has ${subject.length} characters; mail programs show about 60, so keep it under ${subjectMax}`);
  if ((lines[1] ?? "").trim() !== "") throw new IssueProblem(`${file}:2: leave this line empty: it ends the subject, and the text starts after it`);
  const body = lines.slice(2).join("\n").replace(/^\s*\n/, "").trimEnd();
  if (!body) throw new IssueProblem(`${file}:3: there is no text after the subject`);
  return { id: createHash("sha256").update(`${subject}\n\n${body}`).digest("hex").slice(0, 16), subject, body };
}

/** How a send went: mails sent, recipients whose mail server refused them, and how many are left when it stopped. */
export interface SendReport {
  sent: number;
  refused: number;
  left: number;
  /** Why it stopped before the end (the error's kind, never an address). */
  stoppedBy?: string;
}

/** Refusals in a row after which the send stops: a server that refuses every address is refusing us, not them. */
const refusalsInARow = 5;

/**
 * Sends `issue` to every confirmed subscriber who has not had it, one at a time, each mail with its own unsubscribe
 * links (sealed with `sealKey`, on the site's `origin`). Each subscriber is claimed before their mail goes, so two
 * sends at once (or one run again) mail nobody twice. An address the mail server refuses (RCPT TO, 5xx) is counted
 * and not tried again; any other failure (the server down, our sender or login refused), or refusals of several
 * addresses in a row, gives back the claims that failed and stops, and running it again goes on.
 */
export async function sendIssue(
  store: Store,
  issue: Issue,
  options: { sealKey: Buffer; origin: string; send?: (mail: Mail) => Promise<void>; progress?: (done: number, of: number) => void; now?: () => number },
): Promise<SendReport> {
  const { sealKey, origin, send = sendMail, progress, now = Date.now } = options;
  const recipients = await store.issueRecipients(issue.id);
  const report: SendReport = { sent: 0, refused: 0, left: 0 };
  let refusedInARow: string[] = [];
  for (const [index, email] of recipients.entries()) {
    // Taken by a send running beside this one, or unsubscribed since the list was read.
    if (!(await store.claimIssue(email, issue.id, now()))) continue;
    const error = await send(newsletterIssueMail(email, issue, linksFor(sealKey, email, origin))).then(() => undefined, (failure: unknown) => failure ?? new Error("send failed"));
    const refused = error !== undefined && recipientRefused(error);
    if (error === undefined) {
      report.sent++;
      refusedInARow = [];
    } else if (refused && refusedInARow.length + 1 < refusalsInARow) {
      report.refused++;
      refusedInARow.push(email);
    } else {
      // Stop. Refusals just before this were the server refusing us, not those readers: they go back with it.
      const back = [...refusedInARow, email];
      for (const address of back) await store.releaseIssue(address, issue.id);
      const stoppedBy = refused ? `${back.length} addresses in a row refused (${errorKind(error)}): the mail server may be refusing us, not them` : errorKind(error);
      return { sent: report.sent, refused: report.refused - refusedInARow.length, left: recipients.length - index - 1 + back.length, stoppedBy };
    }
    progress?.(index + 1, recipients.length);
  }
  return report;
}
