import "server-only";
import { getStore } from "@/lib/store";
import { openFor } from "./tokens";

/** Confirms the signup a confirmation token names. Safe to repeat: a second call reports "already". */
export async function confirmSignup(token: string | undefined): Promise<"confirmed" | "already" | "missing" | "expired" | "invalid"> {
  const opened = await openFor<{ e: string }>("confirm", token);
  if (!opened.ok) return opened.reason;
  return (await getStore()).confirmSubscriber(opened.data.e, Date.now());
}
