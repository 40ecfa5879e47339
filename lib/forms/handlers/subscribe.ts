import "server-only";
import { errorKind } from "@/lib/error-kind";
import { confirmationMail } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/transport";
import { absoluteUrl } from "@/lib/site";
import { getStore } from "@/lib/store";
import { formEndpoint, type FormRequest } from "../endpoint";
import { honeypotField, subscribeConsent } from "../fields";
import { confirmSignup } from "../confirm";
import { allowSubmission, rateLimitPerHour } from "../rate-limit";
import { problem, type Outcome } from "../respond";
import { pickFields, subscribeSchema, validate } from "../schemas";
import { draftLocation, inHours, MINUTE, openFor, recipientLinks, sealFor, ttl } from "../tokens";

/** Minimum time between two confirmation mails to one address ("send it again"). */
export const resendIntervalMs = 5 * MINUTE;

/** What the result page at /subscribe/sent says; sealed into its address with the email. */
export type SignupState = "new" | "pending" | "confirmed" | "resent" | "wait" | "mail-failed" | "missing";

export const honeypotProblem = problem(400, "This form could not be accepted", "A field that people leave empty was filled in, so we took this for an automated submission. Nothing was stored.");

export function rateLimited(): Outcome {
  const limit = rateLimitPerHour();
  return problem(
    429,
    "Too many forms sent from your connection",
    `We accept ${limit} ${limit === 1 ? "form" : "forms"} an hour from one connection, and yours has reached that. It can send again within the hour. Nothing was stored.`,
  );
}

async function resultPage(email: string, state: SignupState): Promise<Outcome> {
  return { kind: "done", to: `/subscribe/sent?t=${await sealFor("signup-result", { e: email, s: state }, ttl.signupResult)}` };
}

/**
 * Sends the confirmation mail after claiming the resend slot (or with the slot `claimedAt` already taken, as
 * a new signup's is), and gives the slot back if sending failed.
 */
async function sendConfirmation(email: string, minIntervalMs: number, claimedAt?: number): Promise<"sent" | "wait" | "mail-failed"> {
  const store = await getStore();
  const now = claimedAt ?? Date.now();
  if (claimedAt === undefined && !(await store.claimConfirmationMail(email, now, minIntervalMs))) return "wait";
  try {
    const token = await sealFor("confirm", { e: email }, ttl.confirm);
    await sendMail(confirmationMail(email, absoluteUrl(`/subscribe/confirm?token=${token}`), await recipientLinks(email), inHours(ttl.confirm)));
    return "sent";
  } catch (error) {
    console.error(`confirmation mail not sent: ${errorKind(error)}`);
    await store.releaseConfirmationMail(email, now);
    return "mail-failed";
  }
}

async function subscribe(request: FormRequest): Promise<Outcome> {
  if (request.body.get(honeypotField)) return honeypotProblem;
  const values = pickFields(subscribeSchema, request.body);
  const result = validate(subscribeSchema, values);
  if (!result.ok) return { kind: "invalid", errors: result.errors, to: await draftLocation("/subscribe", "draft-subscribe", values) };
  if (!(await allowSubmission(request.address, "forms"))) return rateLimited();
  const { email } = result.data;
  const store = await getStore();
  // Resolves after the commit: the reader is told "check your inbox" only once the signup is saved.
  const { subscriber, created } = await store.addSubscriber({ email, consentText: subscribeConsent, now: Date.now() });
  if (!created && subscriber.status === "pending" && subscriber.lastMailAt == null) {
    // Saved before, but its confirmation mail never went out (the mail server failed, and the failure page
    // said to try again): this signup is that retry. Before, it answered "open the link in the mail we
    // sent" and sent nothing.
    const retried = await sendConfirmation(email, resendIntervalMs);
    return resultPage(email, retried === "sent" ? "new" : retried === "wait" ? "pending" : "mail-failed");
  }
  if (!created) return resultPage(email, subscriber.status === "confirmed" ? "confirmed" : "pending");
  const sent = await sendConfirmation(email, 0, subscriber.lastMailAt ?? Date.now());
  return resultPage(email, sent === "sent" ? "new" : "mail-failed");
}

async function resend(request: FormRequest): Promise<Outcome> {
  const opened = await openFor<{ e: string }>("signup-result", request.body.get("t"));
  if (!opened.ok) {
    return problem(400, "This page has expired", "Sign up again on the subscribe page; if you are already signed up, nothing changes.");
  }
  if (!(await allowSubmission(request.address, "forms"))) return rateLimited();
  const email = opened.data.e;
  const subscriber = await (await getStore()).getSubscriber(email);
  if (!subscriber) return resultPage(email, "missing");
  if (subscriber.status === "confirmed") return resultPage(email, "confirmed");
  const sent = await sendConfirmation(email, resendIntervalMs);
  return resultPage(email, sent === "sent" ? "resent" : sent);
}

/**
 * The button on the page the confirmation link opens. Back to that page in every case: it reads the link's
 * state again and says what happened (`status=confirmed` only picks the wording for a fresh confirmation).
 */
async function confirm(request: FormRequest): Promise<Outcome> {
  const token = request.body.get("token") ?? "";
  const outcome = await confirmSignup(token);
  const status = outcome === "confirmed" ? "&status=confirmed" : "";
  return { kind: "done", to: `/subscribe/confirm?token=${encodeURIComponent(token)}${status}` };
}

/** POST /api/subscribe: newsletter signup (double opt-in). */
export const subscribeEndpoint = formEndpoint(subscribe);
/** POST /api/subscribe/confirm: the reader confirms a signup (the second step of the double opt-in). */
export const confirmEndpoint = formEndpoint(confirm);
/** POST /api/subscribe/resend: send the confirmation mail again (at most every 5 minutes). */
export const resendEndpoint = formEndpoint(resend);
