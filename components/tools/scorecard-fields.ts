/**
 * The scorecard's fields and storage, as its client leaves (scorecard.client.tsx, scorecard-candidates.client.tsx)
 * read and write them in the browser. The fields are the server-rendered inputs, found by name; the storage is
 * localStorage only, never a request.
 */
import { scorecardStorageKey } from "@/lib/tools/scorecard";
import { candidatesStorageKey, parseKeptCandidates, type CandidateSheet, type KeptCandidate } from "@/lib/tools/scorecard-candidates";

/** Fired on document whenever fields or kept candidates change without an input event (restored, kept or cleared). */
export const refreshEvent = "scorecard:refresh";
/** Fired on document with a message for the page's one status line (ScorecardActions shows it). */
const statusEvent = "scorecard:status";

type Field = HTMLInputElement | HTMLTextAreaElement;

const fieldsNamed = (name: string) => Array.from(document.getElementsByName(name)) as Field[];

const isChoice = (field: Field): field is HTMLInputElement => field instanceof HTMLInputElement && (field.type === "radio" || field.type === "checkbox");

/** The current value of a field (for a radio group or a checkbox, the checked one's value; "" when none). */
export function readField(name: string): string {
  const fields = fieldsNamed(name);
  const checked = fields.find((field) => isChoice(field) && field.checked);
  if (checked) return checked.value;
  const plain = fields.find((field) => !isChoice(field));
  return plain?.value ?? "";
}

export function writeField(name: string, value: string) {
  for (const field of fieldsNamed(name)) {
    if (isChoice(field)) field.checked = field.value === value;
    else field.value = value;
  }
}

/** The fields that hold something, by name. */
export const readFields = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, readField(name)]).filter(([, value]) => value !== ""));

/** Puts values on the sheet: each named field gets its value, or is emptied when `values` has none. */
export function writeFields(names: readonly string[], values: Readonly<Record<string, string>>) {
  for (const name of names) writeField(name, values[name] ?? "");
}

/** Saves what the sheets hold under the key readers' saves have always used. Throws when the browser refuses. */
export function saveSheets(fieldNames: readonly string[]) {
  window.localStorage.setItem(scorecardStorageKey, JSON.stringify(readFields(fieldNames)));
}

/** The kept candidates, all roles; none when the browser keeps nothing or refuses to be read. */
export function loadKept(sheets: readonly CandidateSheet[]): KeptCandidate[] {
  try {
    return parseKeptCandidates(window.localStorage.getItem(candidatesStorageKey), sheets);
  } catch {
    return [];
  }
}

/** Saves the kept candidates (an empty list removes the key). Throws when the browser refuses. */
export function storeKept(kept: readonly KeptCandidate[]) {
  if (kept.length === 0) window.localStorage.removeItem(candidatesStorageKey);
  else window.localStorage.setItem(candidatesStorageKey, JSON.stringify(kept));
}

/** Shows a message on the page's status line. */
export const announce = (message: string) => document.dispatchEvent(new CustomEvent(statusEvent, { detail: message }));

/** Listens for announce() (the status line's owner). Returns the function that stops listening. */
export function onAnnounce(show: (message: string) => void) {
  const listener = (event: Event) => show(String((event as CustomEvent).detail ?? ""));
  document.addEventListener(statusEvent, listener);
  return () => document.removeEventListener(statusEvent, listener);
}

/** Tells the totals, the date fields and the comparisons that fields changed without an input event. */
export const refresh = () => document.dispatchEvent(new Event(refreshEvent));
