import "server-only";
import { errorKind } from "@/lib/error-kind";
import { getStore } from "@/lib/store";
import { openFor } from "./tokens";

/** What a confirmation link stands for now: a signup to confirm, one already confirmed, or why it cannot be used. */
export type ConfirmLinkState =
  | { state: "pending"; email: string }
  | { state: "confirmed" | "missing" | "expired" | "invalid" | "unavailable" };

/**
 * Reads a confirmation link without changing anything: opening the link is not consent, since mail scanners
 * and link previews open every link a mail holds. The reader confirms with the button on the page it opens.
 */
export async function confirmLinkState(token: string | undefined): Promise<ConfirmLinkState> {
  const opened = await openFor<{ e: string }>("confirm", token);
  if (!opened.ok) return { state: opened.reason };
  // The store can be down (the database restarting): the reader who opens the link in their mail gets a page
  // that says so, not an empty error page, and the log one line, not a stack trace.
  const subscriber = await getStore()
    .then((store) => store.getSubscriber(opened.data.e))
    .catch((error: unknown) => {
      console.error(`confirmation page: form storage unavailable: ${errorKind(error)}`);
      return "unavailable" as const;
    });
  if (subscriber === "unavailable") return { state: "unavailable" };
  if (!subscriber) return { state: "missing" };
  return subscriber.status === "pending" ? { state: "pending", email: opened.data.e } : { state: "confirmed" };
}

/** Confirms the signup a confirmation token names. Safe to repeat: a second call reports "already". */
export async function confirmSignup(token: string | undefined): Promise<"confirmed" | "already" | "missing" | "expired" | "invalid"> {
  const opened = await openFor<{ e: string }>("confirm", token);
  if (!opened.ok) return opened.reason;
  return (await getStore()).confirmSubscriber(opened.data.e, Date.now());
}
