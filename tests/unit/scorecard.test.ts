import { describe, expect, it } from "vitest";
import { mustHaveName, ratingName, parseSavedScorecard, sheetFieldNames, sheetTotal } from "@/lib/tools/scorecard";
import { scorecardData, scorecardSheets } from "@/lib/tools/scorecard-data";
import { scorecardSchema } from "@/lib/schemas/scorecard";
import { vetting } from "@/lib/vetting";

const sheets = scorecardSheets();
const max = scorecardData.scale.length;

describe("the scorecard's items come from the vetting material", () => {
  it("has one sheet per role: the architect questions and the engineer checks, word for word and in order", () => {
    const architect = sheets.find((s) => s.role === "ai-architect")!;
    expect(architect.items).toEqual(vetting.architectQuestions.map((q) => ({ id: q.id, title: q.topic, prompt: q.question, detail: q.strongAnswer })));
    const engineer = sheets.find((s) => s.role === "software-engineer")!;
    expect(engineer.items).toEqual(vetting.engineerChecks.map((c) => ({ id: c.id, title: c.title, prompt: c.text, ask: c.question, detail: c.strongAnswer })));
  });

  it("gives every point of the scale a one-line meaning, counting up from 1", () => {
    scorecardData.scale.forEach((point, i) => {
      expect(point.value).toBe(i + 1);
      expect(point.meaning).not.toContain("\n");
    });
    expect(scorecardSchema.safeParse({ ...scorecardData, scale: [{ value: 2, label: "Two", meaning: "Starts at two, which is wrong." }, ...scorecardData.scale] }).success).toBe(false);
  });

  it("names every field uniquely across both sheets", () => {
    const names = sheets.flatMap(sheetFieldNames);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("the total", () => {
  const sheet = sheets[0];
  it("adds the ratings given and counts how many items are rated, out of items × top rating", () => {
    const values = { [ratingName(sheet.role, sheet.items[0].id)]: String(max), [ratingName(sheet.role, sheet.items[1].id)]: "1" };
    expect(sheetTotal(values, sheet, max)).toEqual({ score: max + 1, rated: 2, max: sheet.items.length * max, stops: [] });
  });

  it("names a must-have that got the lowest rating as a stop, whatever the total; a must-have rated higher, or a low rating on another item, is not", () => {
    const [first, second, third] = sheet.items;
    const values = {
      [ratingName(sheet.role, first.id)]: "1",
      [mustHaveName(sheet.role, first.id)]: "yes",
      [ratingName(sheet.role, second.id)]: "1",
      [ratingName(sheet.role, third.id)]: "2",
      [mustHaveName(sheet.role, third.id)]: "yes",
    };
    expect(sheetTotal(values, sheet, max).stops).toEqual([first.id]);
  });

  it("ignores values outside the scale (a tampered save cannot inflate the score)", () => {
    const values = { [ratingName(sheet.role, sheet.items[0].id)]: String(max + 1), [ratingName(sheet.role, sheet.items[1].id)]: "2.5", [ratingName(sheet.role, sheet.items[2].id)]: "0" };
    expect(sheetTotal(values, sheet, max)).toEqual({ score: 0, rated: 0, max: sheet.items.length * max, stops: [] });
  });
});

describe("reading a saved scorecard", () => {
  const names = sheets.flatMap(sheetFieldNames);
  it("keeps known fields with text values and drops everything else", () => {
    const saved = JSON.stringify({ [names[0]]: "Ada", [names[1]]: 42, unknown: "x", [names[2]]: "y".repeat(6000) });
    expect(parseSavedScorecard(saved, names)).toEqual({ [names[0]]: "Ada", [names[2]]: "y".repeat(5000) });
  });

  it.each([null, "", "not json", "[1,2]", "null", '"text"', "{"])("gives an empty scorecard for %j", (raw) => {
    expect(parseSavedScorecard(raw, names)).toEqual({});
  });
});
