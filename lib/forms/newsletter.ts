import "server-only";
import { createHash } from "node:crypto";
import { errorKind } from "@/lib/error-kind";
import { newsletterIssueMail } from "@/lib/mail/messages";
import { sendMail, type Mail } from "@/lib/mail/transport";
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

/** A mail server's lasting no to one recipient (RCPT refused with 5xx: no such mailbox), which trying again won't change. */
function refusedRecipient(error: unknown): boolean {
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return code === "EENVELOPE" && typeof responseCode === "number" && responseCode >= 500;
}

/**
 * Sends `issue` to every confirmed subscriber who has not had it, one at a time, each mail with its own unsubscribe
 * links (sealed with `sealKey`, on the site's `origin`). Each subscriber is claimed before their mail goes, so two
 * sends at once (or one run again) mail nobody twice. A refused recipient is counted and not tried again; any other
 * failure (the mail server down, a refused login) gives the claim back and stops, and running it again goes on.
 */
export async function sendIssue(
  store: Store,
  issue: Issue,
  options: { sealKey: Buffer; origin: string; send?: (mail: Mail) => Promise<void>; progress?: (done: number, of: number) => void },
): Promise<SendReport> {
  const { sealKey, origin, send = sendMail, progress } = options;
  const recipients = await store.issueRecipients(issue.id);
  const report: SendReport = { sent: 0, refused: 0, left: 0 };
  for (const [index, { email, lastIssue }] of recipients.entries()) {
    // Taken by a send running beside this one, or unsubscribed since the list was read.
    if (!(await store.claimIssue(email, issue.id))) continue;
    try {
      await send(newsletterIssueMail(email, issue, linksFor(sealKey, email, origin)));
      report.sent++;
    } catch (error) {
      if (!refusedRecipient(error)) {
        await store.releaseIssue(email, issue.id, lastIssue);
        return { ...report, left: recipients.length - index, stoppedBy: errorKind(error) };
      }
      report.refused++;
    }
    progress?.(index + 1, recipients.length);
  }
  return report;
}
