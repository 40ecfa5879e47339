import { optionLabel, roleOptions, teamSizeOptions, timelineOptions } from "@/lib/forms/fields";
import { retention } from "@/lib/forms/retention";
import { site } from "@/lib/site";
import type { Consultation } from "@/lib/store/types";
import type { Mail } from "./transport";

/** Links every mail carries for its recipient: the page that unsubscribes (and deletes) and the one-click target. */
export interface RecipientLinks {
  /** `/unsubscribe?token=…` page: one button to unsubscribe, one to delete all data. */
  unsubscribePage: string;
  /** `/api/unsubscribe?token=…`: the RFC 8058 one-click POST target. */
  oneClick: string;
}

/** Widest line of our own text: room for a reply's "> " within the 78 characters RFC 5322 asks for. */
const lineWidth = 72;

/**
 * A paragraph as lines of at most `lineWidth` characters, broken between words. Mail programs show a
 * plain-text mail's line breaks as they are, so a paragraph broken by hand half-way read as two. Links are
 * never put in a paragraph: each goes whole on a line of its own (a program links it from end to end).
 * Hand-written: a greedy break at spaces is all our own sentences need, ten lines against a dependency.
 */
function paragraph(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= lineWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** "-- " (RFC 3676): mail programs show what follows as the signature and leave it out of a reply. */
function signature(): string[] {
  return ["", "-- ", ...paragraph(`${site.name}, published by ${site.publisher}.`)];
}

/**
 * The last lines of every mail to a reader. A consultation receipt goes to someone who may never have
 * subscribed, so its link offers to delete the request (the page then leads with that) rather than to
 * unsubscribe.
 */
function footer(links: RecipientLinks, about: "newsletter" | "request" = "newsletter"): string[] {
  return [
    ...signature(),
    ...(about === "request"
      ? ["Delete this request and everything else we hold about you:", `${links.unsubscribePage}&about=request`]
      : ["Unsubscribe, or delete everything we hold about you:", links.unsubscribePage]),
  ];
}

/** Double opt-in: the mail whose link confirms a newsletter signup. */
export function confirmationMail(to: string, confirmUrl: string, links: RecipientLinks, validHours: number): Mail {
  return {
    to,
    subject: "Confirm your subscription to the AI Hiring Guide",
    unsubscribeUrl: links.oneClick,
    text: [
      "Hello,",
      "",
      ...paragraph(
        "Someone, probably you, asked to receive the AI Hiring Guide newsletter (news and offers) at this address. To confirm, open this link and press the button on the page:",
      ),
      "",
      confirmUrl,
      "",
      ...paragraph(
        `The link works for ${validHours} hours. If you did not ask for this, ignore this mail: without confirmation you will not get the newsletter, and the signup is deleted after ${retention.pendingSignupDays} days.`,
      ),
      ...footer(links),
    ].join("\n"),
  };
}

/** The request's choices, each one of our own labels (no reader text). */
function choices(c: Consultation): string[] {
  return [
    `Role sought: ${optionLabel(roleOptions, c.role)}`,
    `Team size: ${optionLabel(teamSizeOptions, c.teamSize)}`,
    `Timeline: ${optionLabel(timelineOptions, c.timeline)}`,
  ];
}

/**
 * The reader's message with "> " before each line, as a mail quotes: a message is many lines, and unquoted
 * they could fake the rest of the notice (a sign-off, a reference, an instruction "from the site"). Unicode's
 * line and paragraph separators (U+2028, U+2029), which a pasted text may hold, break lines too.
 */
function quoted(message: string): string[] {
  return message.split(/\n|\u2028|\u2029/).map((line) => (line ? `> ${line}` : ">"));
}

function details(c: Consultation): string[] {
  return [
    `Reference: ${c.reference}`,
    `Name: ${c.name}`,
    `Work email: ${c.email}`,
    `Company: ${c.company}`,
    ...choices(c),
    "",
    "Their message, as they typed it:",
    ...quoted(c.message),
  ];
}

/**
 * Receipt for the reader who asked for a consultation: the reference and the choices made, never the free
 * text. The address is not proven to be the sender's, so a receipt that quoted the name, company and
 * message would let anyone send a stranger their own words from our address (a phishing kit). The full
 * request is on the site and with the agency.
 */
export function consultationReceipt(c: Consultation, links: RecipientLinks): Mail {
  return {
    to: c.email,
    subject: `We received your consultation request (${c.reference})`,
    text: [
      // Sent from no-reply@: a reader who answered this mail to add something was never read.
      ...paragraph(
        `Thank you. ${site.publisher} has your consultation request and will write to you at this address. Replies to this mail are not read: to add something, answer their mail when it comes.`,
      ),
      "",
      `Reference: ${c.reference}`,
      ...choices(c),
      "",
      ...paragraph("If you did not send this request, someone else typed your address: use the link below to delete it."),
      ...footer(links, "request"),
    ].join("\n"),
  };
}

/**
 * Notification to the agency (`CONSULT_NOTIFY_TO`). Replying goes to the reader. Not a list mail: no
 * List-Unsubscribe (a mail program's "Unsubscribe" button would not stop the notices, only the setting does)
 * and no link to the reader's pages. Not marked as sent by a program either (see `Mail.autoSubmitted`).
 */
export function consultationNotification(to: string, c: Consultation): Mail {
  return {
    to,
    replyTo: c.email,
    autoSubmitted: false,
    // Reader input never goes into a header other than Reply-To (a validated address).
    subject: `New consultation request ${c.reference}`,
    text: [
      ...paragraph(`A reader asked for a consultation through the guide. Reply to this mail to answer them: the reply goes to ${c.email}.`),
      "",
      ...details(c),
      ...signature(),
      ...paragraph("This address gets a notice of each request because the site's CONSULT_NOTIFY_TO setting names it."),
    ].join("\n"),
  };
}

/**
 * To a confirmed subscriber when someone signs up with their address again: the page after a signup reads
 * the same for every address (it must not tell a stranger who is on the list), so the mail says it.
 */
export function alreadySubscribedMail(to: string, links: RecipientLinks): Mail {
  return {
    to,
    subject: "You are already subscribed to the AI Hiring Guide",
    unsubscribeUrl: links.oneClick,
    text: [
      "Hello,",
      "",
      ...paragraph(
        "Someone, probably you, asked to receive the AI Hiring Guide newsletter at this address. It is already on the list, so nothing changed. If you did not ask, ignore this mail.",
      ),
      ...footer(links),
    ].join("\n"),
  };
}

/**
 * Sent on request from /privacy: a link that deletes everything held for the address, valid `validDays`. Its page
 * leads with deleting (`about=delete`); the link is not repeated in a footer. One-click unsubscribe only for an
 * address on the list (`listed`): mail programs would offer "Unsubscribe" from a list the reader is not on.
 */
export function deletionLinkMail(to: string, links: RecipientLinks, validDays: number, listed: boolean): Mail {
  return {
    to,
    subject: "Your link to delete your data from the AI Hiring Guide",
    ...(listed ? { unsubscribeUrl: links.oneClick } : {}),
    text: [
      ...paragraph(
        'Someone, probably you, asked for a link to delete the data the AI Hiring Guide holds for this address. Open this page and choose "Delete all my data":',
      ),
      "",
      `${links.unsubscribePage}&about=delete`,
      "",
      ...paragraph(`The link works for ${validDays} days. If you did not ask for this, ignore this mail; nothing changes.`),
      ...signature(),
    ].join("\n"),
  };
}

/**
 * One issue of the newsletter (`npm run newsletter`), to a confirmed subscriber: the editor's text as written (its
 * lines and links untouched), then the footer every mail to a reader ends with, and one-click unsubscribe. Not
 * marked as sent by a program: a person wrote it, and it answers nothing the reader did.
 */
export function newsletterIssueMail(to: string, issue: { subject: string; body: string }, links: RecipientLinks): Mail {
  return {
    to,
    subject: issue.subject,
    unsubscribeUrl: links.oneClick,
    autoSubmitted: false,
    text: [issue.body.trimEnd(), ...footer(links)].join("\n"),
  };
}
