import "server-only";
import { errorKind } from "@/lib/error-kind";
import { consultationNotification, consultationReceipt } from "@/lib/mail/messages";
import { recipientRefused, sendMail, type Mail } from "@/lib/mail/transport";
import { getStore } from "@/lib/store";
import { formEndpoint, type FormRequest } from "../endpoint";
import { consultationConsent, honeypotField } from "../fields";
import { allowMailTo, allowSubmission } from "../rate-limit";
import type { Outcome } from "../respond";
import { consultationSchema, pickFields, validate } from "../schemas";
import { draftLocation } from "../drafts";
import { recipientLinks, sealFor, ttl } from "../tokens";
import { honeypotProblem, rateLimited } from "./refusals";
import { pagePaths } from "@/lib/paths";

/** Shape of a reference number, e.g. `CR-7K2M9QXD`. */
export const referencePattern = /^CR-[0-9A-HJKMNP-TV-Z]{8}$/;

/** Where the agency is told about new requests. Env `CONSULT_NOTIFY_TO`; without it, no notification. */
export function notifyAddress(): string | undefined {
  return process.env.CONSULT_NOTIFY_TO?.trim() || undefined;
}

async function requestConsultation(request: FormRequest): Promise<Outcome> {
  if (request.body.get(honeypotField)) return honeypotProblem;
  const values = pickFields(consultationSchema, request.body);
  const result = validate(consultationSchema, values);
  if (!result.ok) {
    return { kind: "invalid", errors: result.errors, to: await draftLocation(pagePaths.consultation, "draft-consultation", values) };
  }
  if (!(await allowSubmission(request.address, "forms"))) return rateLimited();
  const { consent: _consent, ...fields } = result.data;
  const now = Date.now();
  // Resolves after the commit; only then does the reader get a reference number.
  const consultation = await (await getStore()).addConsultation({ ...fields, consentText: consultationConsent, consentAt: now, now });
  // The request is saved and listed in /admin even if a mail fails, so a mail failure is logged, not shown.
  // Both mails at once: a slow mail server costs the reader one wait, not two.
  const to = notifyAddress();
  // The reader's receipt counts against their address's hourly mail cap; past it, the page says no copy went.
  // The request is saved: a database failing that count (disk full, locked, out of connections) costs the
  // receipt, never a 503 page saying that nothing was stored (the reader would send it twice).
  const mayReceipt = await allowMailTo(consultation.email, "signup-or-receipt").catch((error: unknown) => {
    console.error(`consultation receipt for ${consultation.reference} not sent: its mail count failed: ${errorKind(error)}`);
    return "failed" as const;
  });
  const mails: [string, Mail | undefined][] = [["consultation receipt", mayReceipt === true ? consultationReceipt(consultation, await recipientLinks(consultation.email)) : undefined]];
  if (to) mails.push(["consultation notice to the agency", consultationNotification(to, consultation)]);
  // Without a notice the log is where the operator learns that a request came (the reference only).
  else console.log(`consultation ${consultation.reference} stored; no notice was sent (CONSULT_NOTIFY_TO is not set)`);
  // The log names the reference (not personal data), so the operator can tell which request to follow up.
  const send = async ([what, mail]: [string, Mail | undefined]): Promise<"sent" | "failed" | "refused"> => {
    if (!mail) {
      if (mayReceipt === false) console.error(`${what} for ${consultation.reference} not sent: its address has had all its mails for this hour`);
      return "failed";
    }
    try {
      await sendMail(mail);
      return "sent";
    } catch (error) {
      console.error(`${what} for ${consultation.reference} not sent: ${errorKind(error)}`);
      // The mail server's lasting no to this address (an unknown mailbox), not a passing fault or one of ours.
      return recipientRefused(error) ? "refused" : "failed";
    }
  };
  const [receipt] = await Promise.all(mails.map(send));
  // The result page promises the reader a copy only when it went out, and shows the address it went to (sealed:
  // never in a URL in plain text), so that a mistyped one is seen while the reader can still send it again.
  const address = await sealFor("consultation-result", { e: consultation.email }, ttl.consultationResult);
  const copy = receipt === "sent" ? "" : `&copy=${receipt === "refused" ? "refused" : "no"}`;
  return { kind: "done", to: `/consultation/sent?ref=${consultation.reference}${copy}&t=${address}` };
}

/** POST /api/consultation: a consultation request. */
export const consultationEndpoint = formEndpoint(requestConsultation);
