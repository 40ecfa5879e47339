import { messages, returnField, subscribeConsent } from "@/lib/forms/fields";
import type { FieldErrors, FormValues } from "@/lib/forms/schemas";
import { ConsentField, EmailField, ErrorSummary, Honeypot, SubmitButton } from "./fields";

interface SignupFormProps {
  /** Prefix for element ids: each form on a page needs its own (footer, chapter end, /subscribe). */
  idPrefix: string;
  values?: FormValues;
  errors?: FieldErrors;
  /** True where the page adds the enhancement leaf (only /subscribe). */
  enhanced?: boolean;
  /** The chapter the form sits in (`/vetting`), so the pages after it can lead back there. */
  from?: string;
}

/**
 * Newsletter signup as a plain POST form: works without JavaScript, and the browser's own checks
 * (required, type=email) apply. Adds no JavaScript to the page; /subscribe adds the enhancement leaf.
 */
export function SignupForm({ idPrefix, values = {}, errors = {}, enhanced = false, from }: SignupFormProps) {
  return (
    <form id={`${idPrefix}-form`} method="post" action="/api/subscribe" className="space-y-4">
      <ErrorSummary idPrefix={idPrefix} errors={errors} labels={{ email: "Email address", consent: "Consent" }} enhanced={enhanced} />
      <EmailField idPrefix={idPrefix} label="Email address" value={values.email} error={errors.email} />
      <ConsentField idPrefix={idPrefix} text={subscribeConsent} checked={values.consent === "yes"} error={errors.consent} missing={messages.consentMissing} />
      {from && <input type="hidden" name={returnField} value={from} />}
      <Honeypot idPrefix={idPrefix} />
      <SubmitButton pendingLabel="Subscribing…">Subscribe</SubmitButton>
    </form>
  );
}
