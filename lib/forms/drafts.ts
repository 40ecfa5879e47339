import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import type { z } from "zod";
import { pageMetadata } from "@/lib/metadata";
import { withoutControls } from "@/lib/format";
import { maxLength, returnField, returnPath } from "./fields";
import { validate, type FieldErrors, type FormValues } from "./schemas";
import { openForPage, sealFor, ttl } from "./tokens";

/** One purpose a form: a draft sealed for one form cannot be opened by another. */
type DraftPurpose = "draft-subscribe" | "draft-consultation" | "draft-leave";

/**
 * No-JavaScript round trip for bad input: the typed values are sealed into the form page's address
 * (`?draft=`, valid 15 minutes), and the page opens them and validates again to show the messages. Chosen
 * over keeping drafts in the database because a refused submission then stores nothing at all, and the
 * values are encrypted and authenticated, never plain text in the URL.
 */
export async function draftLocation(path: string, purpose: DraftPurpose, values: FormValues): Promise<string> {
  // The fields have no maxlength (browsers cut pastes silently), so a value can be far over its limit. It comes
  // back whole up to 4 times the limit; past that it is cut there, so the address stays short enough for
  // proxies (nginx refuses request lines over 8 KB, and the reader would have lost everything).
  const kept = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, value.slice(0, 4 * (maxLength[name as keyof typeof maxLength] ?? 2_000))]),
  );
  return `${path}?draft=${await sealFor(purpose, kept, ttl.draft)}#form-errors`;
}

/**
 * Values and messages of a draft; empty when there is none, it expired, or it was tampered with. Kept for
 * the request (React's `cache`): a form page's title (formPageMetadata) and its body read the same draft.
 * `from`: the chapter a signup box was sent from, when the draft carries one.
 */
export const readDraft = cache(async function readDraft(
  schema: z.ZodObject,
  purpose: DraftPurpose,
  token: string | string[] | undefined,
): Promise<{ values: FormValues; errors: FieldErrors; expired: boolean; from?: string }> {
  if (typeof token !== "string") return { values: {}, errors: {}, expired: false };
  // With the store down the page shows an empty form, whose post then says that nothing was stored.
  const opened = await openForPage<FormValues>(purpose, token, "form page");
  if (!opened.ok) return { values: {}, errors: {}, expired: opened.reason === "expired" };
  // A hand-made post can carry a raw null into a field; the page that shows it back stays valid HTML.
  const values = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, withoutControls(String(opened.data[k] ?? ""))]));
  const result = validate(schema, values);
  return { values, errors: result.ok ? {} : result.errors, expired: false, from: returnPath(opened.data[returnField]) };
});

/**
 * A form page's metadata. After a refused submission without JavaScript (a draft with messages), its title
 * starts with "Error: ": the title is the first thing a screen reader says on the page that comes back.
 * A page with a draft shows what one reader typed, so it is never indexed, whatever the draft holds.
 */
export async function formPageMetadata(
  input: Parameters<typeof pageMetadata>[0] & { title: string },
  schema: z.ZodObject,
  purpose: DraftPurpose,
  token: string | string[] | undefined,
): Promise<Metadata> {
  const { errors } = await readDraft(schema, purpose, token);
  const title = Object.keys(errors).length ? `Error: ${input.title}` : input.title;
  return pageMetadata({ ...input, title, noindex: token !== undefined });
}
