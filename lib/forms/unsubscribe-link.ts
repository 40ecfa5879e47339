import "server-only";
import { errorKind } from "@/lib/error-kind";
import { getStore } from "@/lib/store";
import { openFor } from "./tokens";

/**
 * Whether the address an unsubscribe link names gets the newsletter now, read without changing anything (mail
 * scanners open every link): the page then offers Unsubscribe only where there is something to stop. Anything
 * it cannot tell (a link cut short or expired, the store down) is `unknown`, and the page shows its buttons,
 * whose endpoints say what is wrong.
 */
export async function newsletterStateFor(token: string): Promise<"subscribed" | "not-subscribed" | "unknown"> {
  const opened = await openFor<{ e: string }>("unsubscribe", token);
  if (!opened.ok) return "unknown";
  return getStore()
    .then(async (store) => ((await store.getSubscriber(opened.data.e)) ? "subscribed" : "not-subscribed"))
    .catch((error: unknown) => {
      console.error(`unsubscribe page: form storage unavailable: ${errorKind(error)}`);
      return "unknown" as const;
    });
}
