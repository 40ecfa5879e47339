/**
 * What the two forms ask, as data: labels, choices, limits and the consent wording. The server components
 * render from it and the zod schemas (schemas.ts) validate against it, so the form and the check cannot drift.
 */

/** What the newsletter brings, as the signup box and /subscribe introduce it (the consent below says the same). */
export const newsletterSummary = "News from the guide, and news and offers from AI People Agency, by email.";

/** Consent wording for the newsletter, stored verbatim with each signup. */
export const subscribeConsent =
  "I agree to receive the AI Hiring Guide newsletter by email from AI People Agency, with news and offers. I can unsubscribe at any time with the link in every mail.";

/** Consent wording for a consultation request, stored verbatim with each request. */
export const consultationConsent =
  "I agree that AI People Agency keeps these details to answer my request, as described in the privacy notice.";

export const roleOptions = [
  { value: "ai-architect", label: "AI Architect" },
  { value: "fractional-architect", label: "Fractional (part-time) AI Architect" },
  { value: "software-engineer", label: "Software Engineer" },
  { value: "both", label: "AI Architect and Software Engineers" },
  { value: "not-sure", label: "Not sure yet" },
] as const;

export const teamSizeOptions = [
  { value: "1-10", label: "1–10 people" },
  { value: "11-50", label: "11–50 people" },
  { value: "51-200", label: "51–200 people" },
  { value: "201-1000", label: "201–1,000 people" },
  { value: "1000+", label: "More than 1,000 people" },
] as const;

export const timelineOptions = [
  { value: "now", label: "As soon as possible" },
  { value: "1-3-months", label: "Within 3 months" },
  { value: "3-6-months", label: "In 3 to 6 months" },
  { value: "exploring", label: "Just exploring" },
] as const;

/** Maximum lengths (characters). Bodies are capped at 32 KB before any of this is read (lib/forms/endpoint.ts). */
export const maxLength = { email: 254, name: 100, company: 120, message: 2000 } as const;

/** Name of the honeypot field: hidden from people, left empty by them, filled by naive bots. */
export const honeypotField = "leave_empty";

/**
 * Name of the hidden field that says which chapter a signup box sits in, so the pages after it can lead the
 * reader back there. Only a one-segment path such as `/vetting` is kept (see returnPath); the pages show
 * the link only when a chapter has that slug, so the field cannot point readers anywhere else.
 */
export const returnField = "from";

/** The chapter path a signup came from, or undefined for anything else (another site, a deeper path, junk). */
export function returnPath(value: unknown): string | undefined {
  return typeof value === "string" && /^\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? value : undefined;
}

/**
 * The email field's check in the browser (set by the form's client leaf): something, an @, and a domain with
 * a dot. The server's check (z.email) asks the same and more; the browser's own type check let "jane@company"
 * through, and the reader met the mistake one round later.
 */
export const emailPattern = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

/** Messages shown next to fields; the client leaf shows the same ones before submitting. */
export const messages = {
  emailMissing: "Enter your email address",
  emailInvalid: "Enter an email address in the form name@example.com",
  emailNoAt: "Add the @ between the name and the domain, as in name@example.com",
  emailNoDomain: "Add the domain after the @, as in name@example.com",
  emailNoEnding: "Add the domain's ending after the @, such as .com in name@example.com",
  emailSpace: "Take out the space: an email address has none",
  consentMissing: "Tick the box to agree, or we cannot keep your details",
  nameMissing: "Enter your name",
  companyMissing: "Enter your company's name",
  roleMissing: "Choose the role you are hiring for",
  teamSizeMissing: "Choose the size of your team",
  timelineMissing: "Choose when you want to hire",
  messageMissing: "Tell us briefly what you need",
  /** Says how much to cut, since the field no longer stops typing at the limit (see TextField). */
  tooLong: (max: number, has: number) => `Use at most ${max.toLocaleString("en-US")} characters; this has ${has.toLocaleString("en-US")}`,
  markup: "Leave out HTML tags (text between < and >)",
  controlCharacters: "Use plain text on one line",
} as const;

/** Label of a choice, for mails and the admin list; the raw value when it is not one of ours. */
export function optionLabel(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** What is wrong with an email address that failed the check, in the reader's terms (the server and the client leaf). */
export function emailInvalidMessage(value: string): string {
  const at = value.lastIndexOf("@");
  if (/\s/.test(value.trim())) return messages.emailSpace;
  if (at < 0) return messages.emailNoAt;
  const domain = value.slice(at + 1);
  if (!domain) return messages.emailNoDomain;
  if (!domain.includes(".") || domain.endsWith(".")) return messages.emailNoEnding;
  return messages.emailInvalid;
}
