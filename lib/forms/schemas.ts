import { z } from "zod";
import { emailInvalidMessage, maxLength, messages, roleOptions, teamSizeOptions, timelineOptions } from "./fields";

/**
 * Something that looks like an HTML tag or comment: "<script>", "<img src=x …>", "<img/src=x …>" (a "/" parts
 * a tag's name from its attributes as a space does), "</b>", "<!--". A "<" in ordinary text is fine:
 * "<5 engineers", "in < a month", "a team of <ten people", "a < b".
 */
const tagLike = /<\/?[a-z][a-z0-9-]*(?:[\s/][^<>]*)?>|<!--/i;
/**
 * Control characters, including CR and LF: never allowed in one-line fields (no header injection, no tricks).
 * Nor the explicit direction overrides and isolates (U+202A–202E, U+2066–2069): no name or message needs them,
 * and in the agency's notice they would show a line's text in another order than it was typed. The marks a
 * right-to-left name may hold (U+200E/200F) and the joiners of Persian or emoji (U+200C/200D) stay allowed.
 */
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const oneLineControl = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** In the free-text message, line breaks and tabs are fine; other control characters and overrides are not. */
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const multiLineControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The too-long message, with the length the reader sent (after trimming), so they know how much to cut. */
function tooLong(max: number) {
  return { error: (issue: { input?: unknown }) => messages.tooLong(max, String(issue.input ?? "").length) };
}

/**
 * An address's domain as mail servers know it: a domain in another script (`пример.рф`, `münchen.de`) in its ASCII
 * form (`xn--…`), which is what browsers send from an email field. The URL parser does the conversion (IDNA), in
 * Node and browsers alike; a domain it cannot read is left for the check to refuse.
 */
function asciiDomain(address: string): string {
  const at = address.lastIndexOf("@");
  const domain = address.slice(at + 1);
  // ASCII already, or holding what a URL would read as something else (a path, a port, a query): left as typed, for
  // the check to refuse ("ada@münchen.de/x" had been taken as ada@xn--mnchen-3ya.de).
  if (at < 0 || /^[!-~]*$/.test(domain) || /[\s/\\?#:@%]/.test(domain)) return address;
  try {
    return `${address.slice(0, at)}@${new URL(`http://${address.slice(at + 1)}`).hostname}`;
  } catch {
    return address;
  }
}

/**
 * Zod's own address check (z.regexes.email), but for its last label: that took letters only, so every address under
 * a top-level domain in another script (`.рф`, `.中国`, `.भारत`: `xn--…` in ASCII) was refused as not an address.
 */
const emailShape = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+)$/;

const email = z
  .string()
  .trim()
  .normalize("NFC")
  // Addresses are stored in lower case so that "Ada@X.com" and "ada@x.com" are one signup.
  .toLowerCase()
  .min(1, messages.emailMissing)
  .max(maxLength.email, tooLong(maxLength.email))
  .transform(asciiDomain)
  // The length again in ASCII: "ü" is one character typed, and several in xn--.
  .pipe(z.email({ pattern: emailShape, error: (issue) => emailInvalidMessage(String(issue.input ?? "")) }).max(maxLength.email, tooLong(maxLength.email)));

function line(missing: string, max: number) {
  return z
    .string()
    .trim()
    .normalize("NFC")
    .min(1, missing)
    .max(max, tooLong(max))
    .refine((v) => !oneLineControl.test(v), messages.controlCharacters)
    .refine((v) => !tagLike.test(v), messages.markup);
}

function choice(options: readonly { value: string }[], missing: string) {
  const values = options.map((o) => o.value) as [string, ...string[]];
  return z.enum(values, { error: missing });
}

const consent = (missing: string) => z.literal("yes", { error: missing });

/** Newsletter signup. */
export const subscribeSchema = z.object({ email, consent: consent(messages.consentMissing) });

/** "Send me a deletion link" (the privacy notice's form for readers who lost our mail). */
export const deletionRequestSchema = z.object({ email });

/** Consultation request. */
export const consultationSchema = z.object({
  name: line(messages.nameMissing, maxLength.name),
  email,
  company: line(messages.companyMissing, maxLength.company),
  role: choice(roleOptions, messages.roleMissing),
  teamSize: choice(teamSizeOptions, messages.teamSizeMissing),
  timeline: choice(timelineOptions, messages.timelineMissing),
  message: z
    .string()
    .trim()
    .normalize("NFC")
    // Browsers send line breaks as CRLF; store them as LF.
    .overwrite((v) => v.replace(/\r\n?/g, "\n"))
    .min(1, messages.messageMissing)
    .max(maxLength.message, tooLong(maxLength.message))
    .refine((v) => !multiLineControl.test(v), "Use plain text")
    .refine((v) => !tagLike.test(v), messages.markup),
  consent: consent(messages.consentMissing),
});

/** The fields a form posts, as the strings it typed (what a draft brings back). */
export type FormValues = Record<string, string>;
/** One message per field that needs attention. */
export type FieldErrors = Record<string, string>;

/** Reads exactly the schema's fields from a posted form; a missing field is an empty string. */
export function pickFields(schema: z.ZodObject, body: URLSearchParams): FormValues {
  return Object.fromEntries(Object.keys(schema.shape).map((name) => [name, body.get(name) ?? ""]));
}

/** Validates typed values; on failure, the first message for each field. */
export function validate<S extends z.ZodObject>(
  schema: S,
  values: FormValues,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
