import {
  consultationConsent,
  maxLength,
  messages,
  roleOptions,
  teamSizeOptions,
  timelineOptions,
} from "@/lib/forms/fields";
import type { FieldErrors, FormValues } from "@/lib/forms/schemas";
import { ConsentField, controlClass, EmailField, ErrorSummary, FieldError, Honeypot, SubmitButton, TextField } from "./fields";

const idPrefix = "consultation";

const labels = {
  name: "Your name",
  email: "Work email",
  company: "Company",
  role: "Role you are hiring for",
  teamSize: "Team size",
  timeline: "When you want to hire",
  message: "What you need",
  consent: "Consent",
};

function Select({ name, options, value, error, missing }: { name: "teamSize" | "timeline"; options: readonly { value: string; label: string }[]; value?: string; error?: string; missing: string }) {
  const id = `${idPrefix}-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {labels[name]}
      </label>
      <select id={id} name={name} required defaultValue={value ?? ""} aria-invalid={!!error} aria-describedby={`${id}-error`} data-msg-missing={missing} className={controlClass}>
        <option value="">Choose one</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} name={name} message={error} />
    </div>
  );
}

/** The consultation request, as a plain POST form (the enhancement leaf is added by the page). */
export function ConsultationForm({ values = {}, errors = {} }: { values?: FormValues; errors?: FieldErrors }) {
  return (
    <form id={`${idPrefix}-form`} method="post" action="/api/consultation" className="space-y-5">
      <ErrorSummary idPrefix={idPrefix} errors={errors} labels={labels} enhanced />
      <TextField idPrefix={idPrefix} name="name" label={labels.name} autoComplete="name" maxLength={maxLength.name} value={values.name} error={errors.name} missing={messages.nameMissing} />
      <EmailField idPrefix={idPrefix} label={labels.email} value={values.email} error={errors.email} />
      <TextField idPrefix={idPrefix} name="company" label={labels.company} autoComplete="organization" maxLength={maxLength.company} value={values.company} error={errors.company} missing={messages.companyMissing} />
      <fieldset aria-describedby={`${idPrefix}-role-error`}>
        <legend className="font-medium">{labels.role}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {roleOptions.map((o, i) => (
            <label key={o.value} className="flex items-center gap-3 rounded-md border border-border px-3 py-2">
              <input
                id={i === 0 ? `${idPrefix}-role` : undefined}
                type="radio"
                name="role"
                value={o.value}
                required
                defaultChecked={values.role === o.value}
                data-msg-missing={messages.roleMissing}
                className="size-4 accent-accent"
              />
              {o.label}
            </label>
          ))}
        </div>
        <FieldError id={`${idPrefix}-role-error`} name="role" message={errors.role} />
      </fieldset>
      <Select name="teamSize" options={teamSizeOptions} value={values.teamSize} error={errors.teamSize} missing={messages.teamSizeMissing} />
      <Select name="timeline" options={timelineOptions} value={values.timeline} error={errors.timeline} missing={messages.timelineMissing} />
      <TextField
        idPrefix={idPrefix}
        name="message"
        label={labels.message}
        hint="The role, the team it joins and anything that makes it hard to fill. Plain text, at most 2,000 characters."
        maxLength={maxLength.message}
        multiline
        value={values.message}
        error={errors.message}
        missing={messages.messageMissing}
      />
      <ConsentField idPrefix={idPrefix} text={consultationConsent} checked={values.consent === "yes"} error={errors.consent} missing={messages.consentMissing} />
      <Honeypot idPrefix={idPrefix} />
      <SubmitButton pendingLabel="Sending…">Send request</SubmitButton>
    </form>
  );
}
