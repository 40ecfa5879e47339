import "server-only";
import { errorKind } from "@/lib/error-kind";
import { getStore } from "@/lib/store";
import { openFor, openForPage } from "./tokens";

/** What a confirmation link stands for now: a signup to confirm, one already confirmed, or why it cannot be used. */
export type ConfirmLinkState =
  | { state: "pending"; email: string }
  | { state: "confirmed" | "missing" | "expired" | "invalid" | "unavailable" };

/**
 * The subscriber a mail's link names, read without changing anything: mail scanners and link previews open every
 * link a mail holds. The store can be down (the database restarting): the reader then gets a page that says so,
 * not an empty error page, and the log one line, not a stack trace.
 */
async function subscriberFromLink(purpose: "confirm" | "unsubscribe", token: string | undefined, page: string) {
  const opened = await openForPage<{ e: string }>(purpose, token, page);
  if (!opened.ok) return { ok: false as const, reason: opened.reason };
  const subscriber = await getStore()
    .then((store) => store.getSubscriber(opened.data.e))
    .catch((error: unknown) => {
      console.error(`${page}: form storage unavailable: ${errorKind(error)}`);
      return "unavailable" as const;
    });
  return { ok: true as const, email: opened.data.e, subscriber };
}

/** What a confirmation link stands for now. Opening it is not consent: the reader confirms with the page's button. */
export async function confirmLinkState(token: string | undefined): Promise<ConfirmLinkState> {
  const link = await subscriberFromLink("confirm", token, "confirmation page");
  if (!link.ok) return { state: link.reason };
  if (link.subscriber === "unavailable") return { state: "unavailable" };
  if (!link.subscriber) return { state: "missing" };
  return link.subscriber.status === "pending" ? { state: "pending", email: link.email } : { state: "confirmed" };
}

/** What an unsubscribe link stands for now (see newsletterStateFor). */
export type NewsletterLinkState = "subscribed" | "not-subscribed" | "expired" | "invalid" | "unknown";

/**
 * Whether the address an unsubscribe link names gets the newsletter now: the page offers Unsubscribe only where
 * there is something to stop, and no button at all for a link that has expired or was cut short (its buttons
 * had failed only once pressed). When the store is down it cannot tell: `unknown`, and the page shows its
 * buttons, whose endpoints say what is wrong.
 */
export async function newsletterStateFor(token: string): Promise<NewsletterLinkState> {
  const link = await subscriberFromLink("unsubscribe", token, "unsubscribe page");
  if (!link.ok) return link.reason === "unavailable" ? "unknown" : link.reason;
  if (link.subscriber === "unavailable") return "unknown";
  return link.subscriber ? "subscribed" : "not-subscribed";
}

/** Confirms the signup a confirmation token names. Safe to repeat: a second call reports "already". */
export async function confirmSignup(token: string | undefined): Promise<"confirmed" | "already" | "missing" | "expired" | "invalid"> {
  const opened = await openFor<{ e: string }>("confirm", token);
  if (!opened.ok) return opened.reason;
  return (await getStore()).confirmSubscriber(opened.data.e, Date.now());
}
