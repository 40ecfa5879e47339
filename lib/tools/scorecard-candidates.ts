/**
 * Kept candidates: finished scorecards a hiring manager keeps in this browser, to compare the candidates for
 * one role. Pure and free of data imports, like scorecard.ts, because the scorecard's client leaves import it.
 */
import { headerFieldName, isMustHaveName, pickSavedFields, readJson, recommendationAgainstStop, recommendationName, recommendations, sheetFieldNames, sheetTotal } from "./scorecard";

/**
 * Where the browser keeps them (localStorage, never sent anywhere). A key of its own: the sheet being filled in
 * stays under scorecardStorageKey, in the format readers already have saved, so their sheets load as before.
 * IMPORTANT: bump the version if the format changes meaning; old saves are then ignored, not misread.
 */
export const candidatesStorageKey = "ai-hiring-guide:scorecard:candidates:v1";

/** The most candidates kept, all roles together: a tampered save cannot make the page build a huge table. */
export const maxKeptCandidates = 100;

/** One candidate's sheet, kept to compare with the others for the same role. */
export interface KeptCandidate {
  /** Unique among the kept candidates (not shown). */
  id: string;
  role: string;
  /** From the sheet's Candidate field when it was kept, or "Unnamed candidate 2". */
  name: string;
  /** The role's fields as they were kept, empty ones left out. */
  values: Record<string, string>;
}

/** What a sheet needs to be kept and compared: its role and its items (the titles name a Stop). */
export interface CandidateSheet {
  role: string;
  items: readonly { id: string; title: string }[];
}

/** A sheet as its client leaves need it: role, item ids and titles (the prompts stay on the server). */
export const candidateSheet = (sheet: CandidateSheet): CandidateSheet => ({ role: sheet.role, items: sheet.items.map(({ id, title }) => ({ id, title })) });

/** The fields of a sheet that hold something (a blank sheet has none). */
export const filledValues = (values: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));

/**
 * A sheet's must-have ticks. They belong to the role, not to one candidate: the interviewers agree them before
 * the first interview and tick the same ones on every scorecard (the vetting chapter), so the blank sheet for the
 * next candidate keeps them.
 */
export const mustHaveTicks = (values: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(filledValues(values)).filter(([name]) => isMustHaveName(name)));

/** Whether a sheet says anything about a candidate: a sheet with nothing but the role's must-have ticks is blank. */
const holdsCandidate = (values: Readonly<Record<string, string>>) => Object.entries(filledValues(values)).some(([name]) => !isMustHaveName(name));

const sameValues = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([name, value]) => b[name] === value);

/**
 * Reads the kept candidates: entries for a known role with an id and a name, only the role's own fields, at
 * most `maxKeptCandidates`. A corrupt or foreign save, or a bad entry in it, is left out rather than an error.
 */
export function parseKeptCandidates(json: string | null, sheets: readonly CandidateSheet[]): KeptCandidate[] {
  const data = readJson(json);
  if (!Array.isArray(data)) return [];
  const fieldNames = new Map(sheets.map((sheet) => [sheet.role, sheetFieldNames(sheet)]));
  const kept: KeptCandidate[] = [];
  for (const entry of data.slice(0, maxKeptCandidates)) {
    if (typeof entry !== "object" || entry === null) continue;
    const { id, role, name, values } = entry as Record<string, unknown>;
    const names = typeof role === "string" ? fieldNames.get(role) : undefined;
    if (!names || typeof id !== "string" || !id || id.length > 100 || typeof name !== "string") continue;
    if (kept.some((candidate) => candidate.id === id)) continue;
    kept.push({ id, role: role as string, name: name.trim().slice(0, 200) || "Unnamed candidate", values: filledValues(pickSavedFields(values, names)) });
  }
  return kept;
}

/** The name a sheet is kept under: its Candidate field, or "Unnamed candidate N" with the first N not taken. */
export function candidateName(values: Readonly<Record<string, string>>, role: string, kept: readonly KeptCandidate[]): string {
  const typed = (values[headerFieldName(role, "candidate")] ?? "").trim();
  if (typed) return typed.slice(0, 200);
  const taken = new Set(kept.filter((candidate) => candidate.role === role).map((candidate) => candidate.name));
  let n = kept.filter((candidate) => candidate.role === role).length + 1;
  while (taken.has(`Unnamed candidate ${n}`)) n += 1;
  return `Unnamed candidate ${n}`;
}

const withCandidate = (kept: readonly KeptCandidate[], role: string, filled: Record<string, string>, id: string): KeptCandidate[] => [
  ...kept,
  { id, role, name: candidateName(filled, role, kept), values: filled },
];

/**
 * The list with the sheet's values, its must-have ticks included, kept as one more candidate for the role. A blank
 * sheet adds nothing, nor does one holding only the ticks: that is the blank sheet a kept candidate leaves.
 */
export function keepCandidate(kept: readonly KeptCandidate[], role: string, values: Readonly<Record<string, string>>, id: string): KeptCandidate[] {
  return holdsCandidate(values) ? withCandidate(kept, role, filledValues(values), id) : [...kept];
}

/**
 * Reopening a kept candidate: their values, their own must-have ticks included, go back on the sheet and they
 * leave the list, and the sheet that was being filled in is kept in their place (under `newId`), so nothing typed
 * is lost. A blank sheet is not kept, nor one holding only the ticks the candidate brings back; one holding other
 * ticks is, since reopening would replace them. Undefined for an unknown id.
 */
export function reopenCandidate(kept: readonly KeptCandidate[], id: string, sheetValues: Readonly<Record<string, string>>, newId: string) {
  const candidate = kept.find((entry) => entry.id === id);
  if (!candidate) return undefined;
  const others = kept.filter((entry) => entry !== candidate);
  const filled = filledValues(sheetValues);
  // Without anything about a candidate, `filled` holds only ticks: lost only when they are not the candidate's.
  const lost = holdsCandidate(filled) || (Object.keys(filled).length > 0 && !sameValues(filled, mustHaveTicks(candidate.values)));
  const list = lost ? withCandidate(others, candidate.role, filled, newId) : [...others];
  // `keptSheet`: the sheet that was being filled in, now in the list (none when it was blank).
  return { candidate, kept: list, keptSheet: list.length > others.length ? list.at(-1) : undefined };
}

/** One row of a role's comparison. */
export interface ComparisonRow {
  /** The kept candidate's id; null for the sheet being filled in. */
  id: string | null;
  name: string;
  score: number;
  max: number;
  rated: number;
  items: number;
  /** Titles of the must-haves rated lowest: any one means Stop, whatever the total. */
  stops: string[];
  /** The recommendation's label, or "" when none is chosen. */
  recommendation: string;
  /** "Move forward" chosen while a must-have is rated lowest: the vetting chapter's stop ends the process whatever else. */
  againstStop: boolean;
}

function comparisonRow(id: string | null, name: string, values: Readonly<Record<string, string>>, sheet: CandidateSheet, maxRating: number): ComparisonRow {
  const total = sheetTotal(values, sheet, maxRating);
  const recommendation = recommendations.find((choice) => choice.value === values[recommendationName(sheet.role)]);
  return {
    id,
    name,
    score: total.score,
    max: total.max,
    rated: total.rated,
    items: sheet.items.length,
    stops: sheet.items.filter((item) => total.stops.includes(item.id)).map((item) => item.title),
    recommendation: recommendation?.label ?? "",
    againstStop: recommendationAgainstStop(total.stops, values[recommendationName(sheet.role)]) !== undefined,
  };
}

/**
 * The comparison of a role's candidates: each kept one, in the order they were kept, then the sheet being filled
 * in when it holds more than the role's must-have ticks (so the table compares everyone, live, while a reopened
 * candidate is edited).
 */
export function comparisonRows(kept: readonly KeptCandidate[], sheet: CandidateSheet, maxRating: number, sheetValues: Readonly<Record<string, string>> = {}): ComparisonRow[] {
  const rows = kept.filter((candidate) => candidate.role === sheet.role).map((candidate) => comparisonRow(candidate.id, candidate.name, candidate.values, sheet, maxRating));
  const filled = filledValues(sheetValues);
  if (holdsCandidate(filled)) {
    const typed = (filled[headerFieldName(sheet.role, "candidate")] ?? "").trim();
    rows.push(comparisonRow(null, typed || "No name yet", filled, sheet, maxRating));
  }
  return rows;
}
