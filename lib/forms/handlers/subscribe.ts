import "server-only";
import { errorKind } from "@/lib/error-kind";
import { alreadySubscribedMail, confirmationMail } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/transport";
import { absoluteUrl } from "@/lib/site";
import { getStore } from "@/lib/store";
import type { Subscriber } from "@/lib/store/types";
import { formEndpoint, type FormRequest } from "../endpoint";
import { honeypotField, returnField, returnPath, subscribeConsent } from "../fields";
import { confirmSignup } from "../confirm";
import { allowMailTo, allowSubmission } from "../rate-limit";
import { problem, type Outcome } from "../respond";
import { honeypotProblem, rateLimited } from "./refusals";
import { pickFields, subscribeSchema, validate } from "../schemas";
import { draftLocation } from "../drafts";
import { inHours, MINUTE, openFor, recipientLinks, sealFor, ttl } from "../tokens";
import { pagePaths } from "@/lib/paths";

/** Minimum time between two confirmation mails to one address ("send it again"). */
export const resendIntervalMs = 5 * MINUTE;

/**
 * What the result page at /subscribe/sent says; sealed into its address with the email. It never says
 * whether the address was already on the list (a stranger could learn who is): the mail does. "sent": a
 * confirmation link, or to a subscriber a note that they already are; "wait": one of those went out less
 * than `resendIntervalMs` ago; "capped": the address has had all the mail we send it in an hour (see
 * allowMailTo), so nothing went; "missing": the signup was deleted since (only its owner can do that).
 */
export type SignupState = "sent" | "wait" | "capped" | "mail-failed" | "missing";

/** What the result page's address seals: the address, what happened, and the chapter signed up from (if any). */
export interface SignupResult {
  e: string;
  s: SignupState;
  f?: string;
}

async function resultPage(email: string, state: SignupState, from: string | undefined): Promise<Outcome> {
  const result: SignupResult = { e: email, s: state, ...(from && { f: from }) };
  return { kind: "done", to: `/subscribe/sent?t=${await sealFor("signup-result", result, ttl.signupResult)}` };
}

/**
 * Sends the signup mail after claiming the slot (or with the slot `claimedAt` already taken, as a new
 * signup's is), and gives the slot back if sending failed. A pending signup gets its confirmation link; a
 * confirmed subscriber a note that they already are. Either counts against the address's hourly mail cap.
 * Never throws once the slot is claimed: the signup is saved by then, so a failure past that point (the mail,
 * or the database failing the cap's count or the release: disk full, locked, out of connections) is
 * "mail-failed", never a 503 page saying that nothing was stored.
 */
async function sendSignupMail(subscriber: Subscriber, minIntervalMs: number, claimedAt?: number): Promise<SignupState> {
  const { email } = subscriber;
  const store = await getStore();
  const now = claimedAt ?? Date.now();
  if (claimedAt === undefined && !(await store.claimSignupMail(email, now, minIntervalMs))) return "wait";
  // Nothing went out: the next try may send. A release the database refuses leaves the slot taken for a few minutes.
  const release = () => store.releaseSignupMail(email, now).catch((error: unknown) => console.error(`signup mail slot not released: ${errorKind(error)}`));
  try {
    if (!(await allowMailTo(email, "signup-or-receipt"))) {
      await release();
      return "capped";
    }
    const links = await recipientLinks(email);
    if (subscriber.status === "confirmed") await sendMail(alreadySubscribedMail(email, links));
    else {
      const token = await sealFor("confirm", { e: email }, ttl.confirm);
      await sendMail(confirmationMail(email, absoluteUrl(`/subscribe/confirm?token=${token}`), links, inHours(ttl.confirm)));
    }
    return "sent";
  } catch (error) {
    console.error(`signup mail not sent: ${errorKind(error)}`);
    await release();
    return "mail-failed";
  }
}

async function subscribe(request: FormRequest): Promise<Outcome> {
  if (request.body.get(honeypotField)) return honeypotProblem;
  const values = pickFields(subscribeSchema, request.body);
  const from = returnPath(request.body.get(returnField));
  const result = validate(subscribeSchema, values);
  if (!result.ok) {
    // Back to /subscribe with the messages; the chapter travels in the draft, so the way back is not lost.
    const draft = from ? { ...values, [returnField]: from } : values;
    return { kind: "invalid", errors: result.errors, to: await draftLocation(pagePaths.subscribe, "draft-subscribe", draft) };
  }
  if (!(await allowSubmission(request.address, "forms"))) return rateLimited();
  const { email } = result.data;
  const store = await getStore();
  // Resolves after the commit: the reader is told "check your inbox" only once the signup is saved.
  const { subscriber, created } = await store.addSubscriber({ email, consentText: subscribeConsent, now: Date.now() });
  // Signing up again sends the mail again, at most once every few minutes: the confirmation link to a pending
  // signup (also when its first mail never went out), or the "already subscribed" note to a subscriber.
  const state = created ? await sendSignupMail(subscriber, 0, subscriber.lastMailAt ?? Date.now()) : await sendSignupMail(subscriber, resendIntervalMs);
  // "wait" would say that this address signed up in the last minutes (a new one never waits): after a signup
  // the page says "sent", as it does for a new address. The resend button, pressed from that page, may say wait.
  return resultPage(email, state === "wait" ? "sent" : state, from);
}

async function resend(request: FormRequest): Promise<Outcome> {
  const opened = await openFor<SignupResult>("signup-result", request.body.get("t"));
  if (!opened.ok) {
    return problem(400, "This page has expired", "Sign up again on the subscribe page; if you are already signed up, nothing changes.");
  }
  if (!(await allowSubmission(request.address, "forms"))) return rateLimited();
  const email = opened.data.e;
  const subscriber = await (await getStore()).getSubscriber(email);
  return resultPage(email, subscriber ? await sendSignupMail(subscriber, resendIntervalMs) : "missing", returnPath(opened.data.f));
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
/** POST /api/subscribe/resend: send the signup mail again (at most every 5 minutes). */
export const resendEndpoint = formEndpoint(resend);
