/**
 * `npm run newsletter -- <issue file> [--to <address> | --send]`: sends an issue of the newsletter through the site's
 * own mail settings, so that every issue carries each reader's unsubscribe and delete links and one-click
 * unsubscribe, as the signup's consent and the privacy notice promise (no other tool can make those links: they
 * are sealed with the site's secret). Run it where the server runs, with its settings (DATABASE_URL or DATA_DIR,
 * FORM_SECRET, SMTP_URL, MAIL_FROM), from the deployed checkout (its build names the site's address).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { newsletterIssueMail } from "@/lib/mail/messages";
import { mailSetup, sendMail } from "@/lib/mail/transport";
import { originFrom } from "@/lib/origin";
import { builtOrigin, isLocalOrigin } from "@/lib/server/site-url";
import { noStoreAt, openStore, type Store } from "@/lib/store";
import { secretInUse, signsLikeLastServer } from "@/lib/store/start-checks";
import { deriveKeys } from "./keys";
import { IssueProblem, readIssue, sendIssue } from "./newsletter";
import { deletionRequestSchema, validate } from "./schemas";
import { linksFor } from "./tokens";

const usage = [
  "Usage: npm run newsletter -- <issue file>                  shows the mail and how many it would reach; sends nothing",
  "       npm run newsletter -- <issue file> --to <address>   sends it to that address alone (a test)",
  "       npm run newsletter -- <issue file> --send           sends it to every confirmed subscriber who has not had it",
  "The file: a first line `Subject: …`, an empty line, then the text.",
].join("\n");

const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string) => (process.stderr.write(`${line}\n`), 1);

async function main(args: string[]): Promise<number> {
  const [file, mode, address] = args;
  const send = mode === "--send" && args.length === 2;
  const test = mode === "--to" && args.length === 3;
  if (!file || (args.length > 1 && !send && !test)) return fail(usage);
  if (!existsSync(file)) return fail(`No file at ${file}.`);
  const issue = readIssue(readFileSync(file, "utf8"), file);
  // The links must name the site's public address: the build's, as the server's own pages and mails do.
  const built = builtOrigin(path.join(process.cwd(), ".next"));
  const origin = built ?? (process.env.SITE_URL ? originFrom(process.env.SITE_URL) : undefined);
  if (!origin) return fail("The links would name no address: run this in the built site's folder (npm run build), or set SITE_URL.");
  // Not to the whole list: every reader would get unsubscribe links that do not open, and the issue marked as sent.
  const local = `The links would name ${origin}, which only this machine reaches: build with SITE_URL set to the site's public address.`;
  if (isLocalOrigin(origin)) {
    if (send) return fail(local);
    say(`⚠ ${local}`);
  }
  if (send && !process.env.SMTP_URL) return fail("SMTP_URL is not set: every mail would be written to the outbox, and the whole list marked as sent. Set it as the server has it.");
  const missing = noStoreAt();
  if (missing) return fail(missing);
  // The tables as the server left them: a command from another checkout neither creates nor migrates them.
  const store = await openStore(process.env, { migrate: false });
  try {
    return await run(store, { issue, origin, send, address });
  } finally {
    await store.close();
  }
}

async function run(store: Store, { issue, origin, send, address }: { issue: ReturnType<typeof readIssue>; origin: string; send: boolean; address?: string }): Promise<number> {
  // The server's secret (FORM_SECRET, or the one it generated and keeps in the store; never one made here, which the
  // next server start would warn about). Another one makes links that do not open on the site: not one mail with those.
  const secret = await secretInUse(store, process.env.FORM_SECRET);
  if (secret === undefined) return fail("FORM_SECRET is not set, and the server has generated no secret yet (it has sent no mail, so nobody has subscribed). Run this with the server's settings.");
  if (!(await signsLikeLastServer(store, secret))) {
    return fail("This signs links with another secret than the server last started with (FORM_SECRET differs, or is set on one side only): the unsubscribe links would not open. Run this with the server's settings.");
  }
  const keys = deriveKeys(secret);
  const mail = mailSetup();
  say(mail.line);
  if (address !== undefined) {
    const checked = validate(deletionRequestSchema, { email: address });
    if (!checked.ok) return fail(`--to: ${checked.errors.email}`);
    await sendMail(newsletterIssueMail(checked.data.email, issue, linksFor(keys.seal, checked.data.email, origin)));
    say(`Sent "${issue.subject}" to ${checked.data.email} alone. Its links work for that address.`);
    return 0;
  }
  const waiting = (await store.issueRecipients(issue.id)).length;
  say(`Issue ${issue.id}: "${issue.subject}". ${waiting} confirmed subscriber${waiting === 1 ? " has" : "s have"} not had it. Links go to ${origin}.`);
  if (!send) {
    const sample = newsletterIssueMail("subscriber@example.com", issue, { unsubscribePage: `${origin}/unsubscribe?token=…`, oneClick: `${origin}/api/unsubscribe?token=…` });
    say(`\n${sample.text}\n`);
    say("Nothing was sent. Add --to you@example.com to send yourself a copy, or --send to send it to them.");
    return 0;
  }
  let shown = 0;
  const report = await sendIssue(store, issue, {
    sealKey: keys.seal,
    origin,
    progress: (done, of) => {
      if (done - shown >= 50 || done === of) say(`${(shown = done)} of ${of}`);
    },
  });
  const refused = report.refused ? ` ${report.refused} refused by their mail servers (not tried again).` : "";
  if (report.stoppedBy) {
    return fail(`Stopped: ${report.stoppedBy}. Sent ${report.sent}, ${report.left} left.${refused} Run the same command again to send to the rest: nobody gets it twice.`);
  }
  say(`Sent ${report.sent}.${refused}${mail.ok ? "" : " (See the warning above: mail may not have left this machine.)"}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof IssueProblem ? error.message : `newsletter failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
    process.exit(1);
  },
);
