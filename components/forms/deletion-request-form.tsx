import type { FieldErrors, FormValues } from "@/lib/forms/schemas";
import { EmailField, ErrorSummary, Honeypot } from "./fields";

/** The field's label: not "Email address", which the footer's signup box on the same page already uses. */
export const deletionEmailLabel = "Email address to delete";

/**
 * "Lost the mail?": asks for a link that deletes everything held for an address. On /privacy (plain, no
 * JavaScript added) and, with a mistake marked, on /privacy/delete (with the enhancement leaf).
 */
export function DeletionRequestForm({ idPrefix, values = {}, errors = {}, enhanced = false }: { idPrefix: string; values?: FormValues; errors?: FieldErrors; enhanced?: boolean }) {
  return (
    <form id={`${idPrefix}-form`} method="post" action="/api/delete-my-data" className="mt-6 max-w-md space-y-3 rounded-lg border border-border p-5">
      <ErrorSummary idPrefix={idPrefix} errors={errors} labels={{ email: deletionEmailLabel }} enhanced={enhanced} />
      <EmailField idPrefix={idPrefix} label={deletionEmailLabel} value={values.email} error={errors.email} />
      <Honeypot idPrefix={idPrefix} />
      <button type="submit" className="max-w-full rounded-lg border-2 border-border-strong px-5 py-2 font-semibold hover:border-accent">
        Send me a deletion link
      </button>
    </form>
  );
}
