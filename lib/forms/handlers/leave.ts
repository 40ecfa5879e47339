import "server-only";
import { after } from "next/server";
import { errorKind } from "@/lib/error-kind";
import { deletionLinkMail } from "@/lib/mail/messages";
import { forgetOutboxMail, sendMail } from "@/lib/mail/transport";
import { finishBeforeStop } from "@/lib/per-process";
import { getStore } from "@/lib/store";
import { formEndpoint, type FormRequest } from "../endpoint";
import { honeypotField } from "../fields";
import { allowMailTo, allowSubmission, forgetMailCounts } from "../rate-limit";
import { problem, seeOther, type Outcome } from "../respond";
import { deletionRequestSchema, pickFields, validate } from "../schemas";
import { draftLocation } from "../drafts";
import { inDays, openFor, recipientLinks, ttl } from "../tokens";
import { honeypotProblem, rateLimited } from "./refusals";
import { pagePaths } from "@/lib/paths";

/** Where a reader whose link or address failed can ask for a new deletion link. */
const newLink = { href: pagePaths.privacyLeave, text: "Ask for a new link on the privacy page" };

async function emailFromToken(token: string | null): Promise<{ email: string } | { outcome: Outcome }> {
  const opened = await openFor<{ e: string }>("unsubscribe", token);
  if (opened.ok) return { email: opened.data.e };
  return {
    outcome:
      opened.reason === "expired"
        ? problem(400, "This link has expired", "Ask for a new link on the privacy page, or use the link in a newer mail from us. Nothing changed.", newLink)
        : problem(400, "This link is not valid", "It may have been cut short when it was copied. Use the link exactly as it is in the mail, or ask for a new one on the privacy page. Nothing changed.", newLink),
  };
}

/**
 * Unsubscribe. Two callers: the button on /unsubscribe (a browser form), and mail providers doing an RFC 8058
 * one-click POST from their own servers (body `List-Unsubscribe=One-Click`, token in the URL, no Origin).
 * The sealed token is what authorises it, so this endpoint accepts posts from anywhere.
 */
async function unsubscribe(request: FormRequest): Promise<Outcome> {
  const token = request.url.searchParams.get("token") ?? request.body.get("token");
  const oneClick = request.body.get("List-Unsubscribe") === "One-Click";
  const found = await emailFromToken(token);
  if ("outcome" in found) return oneClick ? { kind: "text", status: 400, body: "Invalid or expired unsubscribe link.\n" } : found.outcome;
  await (await getStore()).removeSubscriber(found.email);
  if (oneClick) return { kind: "text", status: 200, body: "Unsubscribed.\n" };
  return { kind: "done", to: `/unsubscribe?token=${encodeURIComponent(token!)}&status=unsubscribed` };
}

/**
 * Delete all my data. With the token from a mail: deletes every record holding that address, at once. With
 * an email address only: sends a mail with such a link, if we hold anything for it; the page says the same
 * either way, so the form cannot be used to find out who is on the list.
 */
async function deleteMyData(request: FormRequest): Promise<Outcome> {
  if (request.body.has("token")) {
    const found = await emailFromToken(request.body.get("token"));
    if ("outcome" in found) return found.outcome;
    // A token stays valid after use: the limit keeps anyone from making the store erase over and over.
    if (!(await allowSubmission(request.address, "forms"))) return rateLimited();
    await (await getStore()).deleteAllFor(found.email);
    await forgetOutboxMail(found.email);
    await forgetMailCounts(found.email);
    return { kind: "done", to: "/privacy/deleted" };
  }
  if (request.body.get(honeypotField)) return honeypotProblem;
  const values = pickFields(deletionRequestSchema, request.body);
  const result = validate(deletionRequestSchema, values);
  // Back to the form, on a page of its own, with the message beside the field and the address as typed.
  if (!result.ok) return { kind: "invalid", errors: result.errors, to: await draftLocation(pagePaths.privacyDelete, "draft-leave", values) };
  if (!(await allowSubmission(request.address, "forms"))) return rateLimited();
  const { email } = result.data;
  // The answer must not tell a stranger whether we hold anything for the address: every request counts
  // against the address's deletion-link cap, known or not, and the lookup and the mail run after the answer
  // has gone (`after`), so a known address is not answered later (it was, by one SMTP exchange, then by the
  // sealing of its link).
  const mayMail = await allowMailTo(email, "deletion-link");
  // The lookup too is work a clean stop waits for: the mail it leads to starts only once the lookup ends.
  after(() =>
    finishBeforeStop(
      (async () => {
        try {
          const store = mayMail ? await getStore() : undefined;
          if (store && (await store.hasDataFor(email))) {
            const listed = (await store.getSubscriber(email)) !== undefined;
            await sendMail(deletionLinkMail(email, await recipientLinks(email), inDays(ttl.unsubscribe), listed));
          }
        } catch (error) {
          console.error(`deletion link not sent: ${errorKind(error)}`);
        }
      })(),
    ),
  );
  return { kind: "done", to: "/privacy/link-sent" };
}

/**
 * GET /api/unsubscribe?token=…: a mail program without RFC 8058 one-click support opens the List-Unsubscribe
 * address in the browser. Opening it changes nothing (as on /unsubscribe); it leads to the page with the
 * buttons, token kept.
 */
export function unsubscribeLinkOpened(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token");
  return seeOther(token ? `/unsubscribe?token=${encodeURIComponent(token)}` : "/unsubscribe");
}

/**
 * POST /api/unsubscribe (also the List-Unsubscribe one-click target). Mail providers post from their servers,
 * as multipart/form-data (what RFC 8058 says they SHOULD send) or URL-encoded: both are read.
 */
export const unsubscribeEndpoint = formEndpoint(unsubscribe, {
  allowCrossSite: true,
  multipart: true,
  failed: { title: "We could not finish that just now", detail: "You may still be on the list. Please use the link again in a minute." },
});
/**
 * POST /api/delete-my-data. A failure may come after part of the deletion (the records, then the outbox, then
 * the mail counts): "Nothing was stored" would have told the reader nothing had happened, and not to look again.
 */
export const deleteMyDataEndpoint = formEndpoint(deleteMyData, {
  failed: { title: "We could not finish that just now", detail: "Your request may not have gone through, so your data may still be here. Please try again in a minute." },
});
