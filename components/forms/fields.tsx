import type { ReactNode } from "react";
import { honeypotField, maxLength, messages } from "@/lib/forms/fields";

/** Shared look of text inputs and selects; the red border marks a field with a message. */
export const controlClass =
  "mt-1 block w-full rounded-md border border-border-strong bg-bg px-3 py-2 text-base aria-[invalid=true]:border-error";

/** A field's message slot. Always rendered (empty when fine) so the client leaf can fill it in place. */
export function FieldError({ id, name, message }: { id: string; name: string; message?: string }) {
  return (
    <p id={id} data-error-for={name} className="mt-1 text-sm font-medium text-error empty:hidden">
      {message}
    </p>
  );
}

interface TextFieldProps {
  idPrefix: string;
  name: string;
  label: string;
  type?: "text" | "email";
  autoComplete?: string;
  maxLength: number;
  value?: string;
  error?: string;
  hint?: string;
  multiline?: boolean;
  /** Messages the client leaf shows for a missing or malformed value (same wording as the server's). */
  missing: string;
  invalid?: string;
}

/** A labelled text input or textarea with its hint and message, described for screen readers. */
export function TextField(props: TextFieldProps) {
  const id = `${props.idPrefix}-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ");
  const common = {
    id,
    name: props.name,
    required: true,
    // No maxLength attribute: browsers cut a longer paste without a word, and the reader would send a
    // shortened message or address unknowingly. The limit is checked instead (the client leaf on leaving
    // the field, the server always), and the message says how much to cut.
    "data-max-length": props.maxLength,
    defaultValue: props.value,
    // "false", not absent: Chromium reports an empty required field as invalid before anyone has typed.
    "aria-invalid": !!props.error,
    "aria-describedby": describedBy,
    "data-msg-missing": props.missing,
    "data-msg-invalid": props.invalid,
    className: controlClass,
  };
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${id}-hint`} className="text-sm text-fg-muted">
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={6} />
      ) : (
        <input {...common} type={props.type ?? "text"} autoComplete={props.autoComplete} spellCheck={props.type === "email" ? false : undefined} />
      )}
      <FieldError id={`${id}-error`} name={props.name} message={props.error} />
    </div>
  );
}

/** The email address field every form asks for (signup, consultation, deletion link), under its own label. */
export function EmailField({ idPrefix, label, value, error }: { idPrefix: string; label: string; value?: string; error?: string }) {
  return (
    <TextField
      idPrefix={idPrefix}
      name="email"
      type="email"
      label={label}
      autoComplete="email"
      maxLength={maxLength.email}
      value={value}
      error={error}
      missing={messages.emailMissing}
      invalid={messages.emailInvalid}
    />
  );
}

/** The consent checkbox with the exact wording that is stored. */
export function ConsentField({ idPrefix, text, checked, error, missing }: { idPrefix: string; text: string; checked?: boolean; error?: string; missing: string }) {
  const id = `${idPrefix}-consent`;
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={id}
          name="consent"
          type="checkbox"
          value="yes"
          required
          defaultChecked={checked}
          aria-invalid={!!error}
          aria-describedby={`${id}-error`}
          data-msg-missing={missing}
          className="mt-1 size-5 shrink-0 accent-accent"
        />
        <label htmlFor={id} className="text-sm">
          {text}
        </label>
      </div>
      <FieldError id={`${id}-error`} name="consent" message={error} />
    </div>
  );
}

/** Honeypot: invisible to people and to assistive technology; bots that fill every field fill it. */
export function Honeypot({ idPrefix }: { idPrefix: string }) {
  return (
    <div className="hidden" aria-hidden="true">
      <label htmlFor={`${idPrefix}-${honeypotField}`}>Leave this field empty</label>
      <input id={`${idPrefix}-${honeypotField}`} name={honeypotField} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

/**
 * After a failed no-JavaScript submission: a summary that names each problem and links to its field
 * (GOV.UK's error summary pattern). The client leaf writes its own short status into the live region.
 */
export function ErrorSummary({ idPrefix, errors, labels, enhanced }: { idPrefix: string; errors: Record<string, string>; labels: Record<string, string>; enhanced: boolean }) {
  const entries = Object.entries(errors);
  return (
    <>
      {entries.length > 0 && (
        <div id="form-errors" tabIndex={-1} className="mb-6 rounded-lg border-2 border-error p-4">
          <h2 className="text-lg font-semibold">Please check {entries.length === 1 ? "one field" : `${entries.length} fields`}</h2>
          <ul className="mt-2 list-disc pl-5">
            {entries.map(([name, message]) => (
              <li key={name}>
                <a className="text-error underline underline-offset-2" href={`#${idPrefix}-${name}`}>
                  {labels[name] ?? name}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Live region for the client leaf's messages; only where the leaf runs. */}
      {enhanced && <p data-form-status role="status" className="mb-4 font-medium text-error empty:mb-0" />}
    </>
  );
}

/** The submit button; the client leaf swaps its label for `pendingLabel` while sending. */
export function SubmitButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: string }) {
  return (
    <button
      type="submit"
      data-pending-label={pendingLabel}
      className="max-w-full rounded-lg bg-accent px-5 py-2.5 font-semibold text-on-accent hover:bg-accent-hover disabled:opacity-70"
    >
      {children}
    </button>
  );
}
