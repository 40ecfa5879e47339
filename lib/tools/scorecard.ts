/**
 * The scorecard's field names, totals and saved state. Pure and free of data imports, because the
 * scorecard's client leaf imports it too (keep zod and lib/data out of here: they would ship to the browser).
 */

/** One row of a sheet: a question or check, rated and annotated. */
export interface ScorecardItem {
  /** Stable id from lib/data/vetting.ts (it names the saved fields). */
  id: string;
  /** Short label, e.g. "Designing an AI system from end to end". */
  title: string;
  /** What the interviewer asks or checks. */
  prompt: string;
  /** For a check: the question that tests it. */
  ask?: string;
  /** What a strong answer shows, when the guide says. */
  detail?: string;
}

/** One printed page: a role's items. */
export interface ScorecardSheet {
  role: string;
  title: string;
  href: string;
  items: ScorecardItem[];
}

/**
 * Where the browser keeps what the reader typed (localStorage, never sent anywhere).
 * IMPORTANT: bump the version if field names change meaning; old saves are then ignored, not misread.
 */
export const scorecardStorageKey = "ai-hiring-guide:scorecard:v1";

/** The header fields every sheet has. */
export const headerFields = [
  { id: "candidate", label: "Candidate", type: "text" },
  { id: "role", label: "Role applied for", type: "text" },
  { id: "interviewer", label: "Interviewer", type: "text" },
  { id: "date", label: "Date", type: "date" },
] as const;

/** Name of a sheet's header field, e.g. `ai-architect.candidate`. */
export const headerFieldName = (role: string, field: string) => `${role}.${field}`;
/** Name of an item's rating radio group, e.g. `ai-architect.end-to-end-system.rating`. */
export const ratingName = (role: string, itemId: string) => `${role}.${itemId}.rating`;
/** Name of an item's notes field. */
export const notesName = (role: string, itemId: string) => `${role}.${itemId}.notes`;
/** Name of an item's "must-have" checkbox (value "yes" when ticked). */
export const mustHaveName = (role: string, itemId: string) => `${role}.${itemId}.must`;
/** Whether a field is an item's must-have checkbox: no other field's name ends in ".must". */
export const isMustHaveName = (name: string) => name.endsWith(".must");
/** Names of a sheet's recommendation (a radio group) and its reasons. */
export const recommendationName = (role: string) => `${role}.recommendation`;
export const recommendationNotesName = (role: string) => `${role}.recommendation-notes`;

/** The interviewer's recommendation at the end of a sheet. */
export const recommendations = [
  { value: "advance", label: "Move forward" },
  { value: "hold", label: "Hold" },
  { value: "stop", label: "Stop" },
] as const;

/**
 * The recommendation chosen on a sheet that goes against its Stop, by label: any but Stop, where a must-have got
 * the lowest rating. The guide's rule is that such a rating ends the process whatever the total, so Hold goes
 * against it as Move forward does (only Move forward had been called out). Undefined when nothing goes against.
 */
export function recommendationAgainstStop(stops: readonly string[], value: string | undefined): string | undefined {
  const chosen = recommendations.find((choice) => choice.value === value);
  return stops.length > 0 && chosen && chosen.value !== "stop" ? chosen.label : undefined;
}

/** Every field name of a sheet, in page order. */
export function sheetFieldNames(sheet: { role: string; items: readonly { id: string }[] }): string[] {
  return [
    ...headerFields.map((field) => headerFieldName(sheet.role, field.id)),
    ...sheet.items.flatMap((item) => [ratingName(sheet.role, item.id), mustHaveName(sheet.role, item.id), notesName(sheet.role, item.id)]),
    recommendationName(sheet.role),
    recommendationNotesName(sheet.role),
  ];
}

/**
 * A sheet's total: the sum of its ratings, how many items are rated and the most it could be, and `stops`: the
 * items ticked as must-haves that got the lowest rating, which end the process whatever the total (the vetting
 * chapter's rule).
 */
export function sheetTotal(values: Readonly<Record<string, string>>, sheet: { role: string; items: readonly { id: string }[] }, maxRating: number) {
  let score = 0;
  let rated = 0;
  const stops: string[] = [];
  for (const item of sheet.items) {
    const rating = Number(values[ratingName(sheet.role, item.id)]);
    if (Number.isInteger(rating) && rating >= 1 && rating <= maxRating) {
      score += rating;
      rated += 1;
      if (rating === 1 && values[mustHaveName(sheet.role, item.id)] === "yes") stops.push(item.id);
    }
  }
  return { score, rated, max: sheet.items.length * maxRating, stops };
}

/**
 * The most characters a field keeps. The fields themselves take no more (their maxLength): a longer note was
 * shown in full, then cut to this at the next reload, with nothing to say so.
 */
export const maxFieldLength = 5000;

/**
 * Reads what was saved, keeping only known field names with string values (at most `maxFieldLength` characters
 * each). Anything else (a corrupt or foreign value, an old version) gives an empty scorecard instead of
 * an error. Hand-written rather than zod, to keep the browser's share of this page small.
 */
export function parseSavedScorecard(json: string | null, knownNames: readonly string[]): Record<string, string> {
  return pickSavedFields(readJson(json), knownNames);
}

/** A stored value parsed, or undefined when there is none or it is not JSON (a corrupt save is ignored, never thrown). */
export function readJson(json: string | null): unknown {
  if (!json) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** The known field names of a parsed value with string values (at most `maxFieldLength` characters each); nothing for a non-object. */
export function pickSavedFields(data: unknown, knownNames: readonly string[]): Record<string, string> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return {};
  const saved: Record<string, string> = {};
  for (const name of knownNames) {
    const value = (data as Record<string, unknown>)[name];
    if (typeof value === "string") saved[name] = value.slice(0, maxFieldLength);
  }
  return saved;
}

/** The total on a sheet not yet rated, as printed or shown without JavaScript: a line to fill in by hand. */
export function blankTotal(max: number): string {
  return `________ out of ${max}`;
}
