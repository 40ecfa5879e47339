import { expect, type Page } from "@playwright/test";
import { headerFieldName, mustHaveName, ratingName, recommendationName, recommendations, type ScorecardSheet } from "../../lib/tools/scorecard";
import { scorecardData, scorecardSheets } from "../../lib/tools/scorecard-data";

// What the tests of kept candidates share (scorecard-candidates.spec.ts, scorecard-keep.spec.ts).

export const sheets = scorecardSheets();
export const [architect, engineer] = sheets;
export const max = scorecardData.scale.length;
export const css = (name: string) => `[name="${name}"]`;

/** A candidate as the test fills them in: a rating per item (0 leaves it unrated), a must-have, a recommendation. */
export interface Candidate {
  name: string;
  ratings: number[];
  mustHave?: number;
  recommendation?: (typeof recommendations)[number]["value"];
}

/** What the comparison must say about a candidate, worked out from the ratings the test clicked. */
export function expectedRow(sheet: ScorecardSheet, candidate: Candidate) {
  const rated = candidate.ratings.filter((rating) => rating > 0);
  const stop = candidate.mustHave !== undefined && candidate.ratings[candidate.mustHave] === 1;
  return [
    `${rated.reduce((sum, rating) => sum + rating, 0)} out of ${sheet.items.length * max}`,
    `${rated.length} of ${sheet.items.length}`,
    stop ? `Stop: ${sheet.items[candidate.mustHave!].title}` : "No",
    stop && candidate.recommendation === "advance" ? "Move forward, against the Stop" : (recommendations.find((choice) => choice.value === candidate.recommendation)?.label ?? "None yet"),
  ];
}

export async function fill(page: Page, sheet: ScorecardSheet, candidate: Candidate) {
  await page.locator(css(headerFieldName(sheet.role, "candidate"))).fill(candidate.name);
  for (const [i, item] of sheet.items.entries()) {
    if (candidate.ratings[i] > 0) await page.locator(`${css(ratingName(sheet.role, item.id))}[value="${candidate.ratings[i]}"]`).check();
  }
  if (candidate.mustHave !== undefined) await page.locator(css(mustHaveName(sheet.role, sheet.items[candidate.mustHave].id))).check();
  if (candidate.recommendation) await page.locator(`${css(recommendationName(sheet.role))}[value="${candidate.recommendation}"]`).check();
}

export const keepButton = (page: Page, sheet: ScorecardSheet) => page.getByRole("button", { name: `Keep this candidate and start a blank sheet (${sheet.title})`, exact: true });
export const comparison = (page: Page, sheet: ScorecardSheet) => page.getByRole("table", { name: `${sheet.title}: candidates kept in this browser` });
export const row = (page: Page, sheet: ScorecardSheet, name: string) => comparison(page, sheet).getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
/** The page's status line (each total is an <output>, which is a status too). */
export const status = (page: Page) => page.locator('p[role="status"]');

/** The status after keeping: with must-haves ticked, it says they stay ticked for the next candidate. */
export const keptStatus = (sheet: ScorecardSheet, name: string, mustHaves = false) =>
  `Kept ${name}. The ${sheet.title} sheet is blank for the next candidate${mustHaves ? ", with the same must-haves ticked" : ""}.`;

export async function fillAndKeep(page: Page, sheet: ScorecardSheet, candidate: Candidate) {
  await fill(page, sheet, candidate);
  const mustHaves = await page.locator(`[data-scorecard-sheet="${sheet.role}"] input[type="checkbox"]:checked`).count();
  await keepButton(page, sheet).click();
  await expect(status(page)).toHaveText(keptStatus(sheet, candidate.name, mustHaves > 0));
}

export async function expectCompared(page: Page, sheet: ScorecardSheet, candidate: Candidate) {
  await expect(row(page, sheet, candidate.name).getByRole("cell")).toHaveText([...expectedRow(sheet, candidate), /Open.*Remove/]);
}

// Ada: one rating of each, so the first item gets the lowest, and it is a must-have. Grace: higher ratings, one left unrated.
export const ada: Candidate = { name: "Ada Lovelace", ratings: architect.items.map((_, i) => (i % max) + 1), mustHave: 0, recommendation: "stop" };
export const grace: Candidate = { name: "Grace Hopper", ratings: architect.items.map((_, i) => (i === architect.items.length - 1 ? 0 : max - (i % 2))), recommendation: "advance" };
