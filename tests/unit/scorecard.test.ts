import { describe, expect, it } from "vitest";
import { headerFieldName, isMustHaveName, mustHaveName, ratingName, parseSavedScorecard, recommendationAgainstStop, recommendationName, sheetFieldNames, sheetTotal } from "@/lib/tools/scorecard";
import { candidateSheet, comparisonRows, keepCandidate, maxKeptCandidates, mustHaveTicks, parseKeptCandidates, reopenCandidate } from "@/lib/tools/scorecard-candidates";
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

  it("tells the must-have ticks from every other field by name", () => {
    const mustHaves = sheets.flatMap((sheet) => sheet.items.map((item) => mustHaveName(sheet.role, item.id)));
    expect(sheets.flatMap(sheetFieldNames).filter(isMustHaveName)).toEqual(mustHaves);
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

describe("a recommendation against a Stop", () => {
  it("is any chosen but Stop, where a must-have got the lowest rating; none is chosen, or no Stop, is nothing", () => {
    expect(["advance", "hold", "stop", undefined, "tampered"].map((value) => recommendationAgainstStop(["one"], value))).toEqual(["Move forward", "Hold", undefined, undefined, undefined]);
    expect(recommendationAgainstStop([], "advance")).toBeUndefined();
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

describe("kept candidates", () => {
  const [architect, engineer] = sheets.map(candidateSheet);
  const rating = (itemIndex: number, value: number) => ({ [ratingName(architect.role, architect.items[itemIndex].id)]: String(value) });
  const ada = { [headerFieldName(architect.role, "candidate")]: "Ada", ...rating(0, 1), [mustHaveName(architect.role, architect.items[0].id)]: "yes", [recommendationName(architect.role)]: "hold" };
  const grace = { [headerFieldName(architect.role, "candidate")]: " Grace ", ...rating(0, max), ...rating(1, 2), [headerFieldName(architect.role, "date")]: "" };
  const kept = keepCandidate(keepCandidate([], architect.role, ada, "a"), architect.role, grace, "g");

  it("keeps a sheet under its Candidate field, without its empty fields; a blank sheet adds nothing", () => {
    expect(kept.map((c) => [c.id, c.name])).toEqual([["a", "Ada"], ["g", "Grace"]]);
    expect(Object.values(kept[1].values)).not.toContain("");
    expect(keepCandidate(kept, architect.role, { [headerFieldName(architect.role, "candidate")]: "" }, "x")).toEqual(kept);
  });

  it("names a sheet with no candidate name 'Unnamed candidate N', a number not taken for the role", () => {
    const once = keepCandidate(kept, architect.role, rating(2, 3), "u1");
    const twice = keepCandidate(once, architect.role, rating(2, 3), "u2");
    expect(twice.slice(2).map((c) => c.name)).toEqual(["Unnamed candidate 3", "Unnamed candidate 4"]);
    expect(keepCandidate(kept, engineer.role, { [ratingName(engineer.role, engineer.items[0].id)]: "2" }, "e")[2].name).toBe("Unnamed candidate 1");
  });

  it("compares a role's candidates: total, how many rated, a must-have rated lowest as Stop, the recommendation", () => {
    const rows = comparisonRows(kept, architect, max);
    expect(rows.map(({ name, score, rated, stops, recommendation }) => ({ name, score, rated, stops, recommendation }))).toEqual([
      { name: "Ada", score: 1, rated: 1, stops: [architect.items[0].title], recommendation: "Hold" },
      { name: "Grace", score: max + 2, rated: 2, stops: [], recommendation: "" },
    ]);
    expect(rows[0]).toMatchObject({ max: architect.items.length * max, items: architect.items.length });
    // A must-have at the lowest rating ends the process whatever the total: Hold goes against it too.
    expect(rows.map((row) => row.againstStop)).toEqual([true, false]);
    expect(comparisonRows(kept, engineer, max)).toEqual([]);
  });

  it("adds the sheet being filled in as a last row, when it holds anything", () => {
    expect(comparisonRows(kept, architect, max, rating(0, 3)).at(-1)).toMatchObject({ id: null, name: "No name yet", score: 3 });
    expect(comparisonRows(kept, architect, max, { [headerFieldName(architect.role, "candidate")]: "" })).toHaveLength(2);
  });

  it("reopens a candidate onto the sheet and keeps the sheet that was there, so nothing is lost", () => {
    const linus = { [headerFieldName(architect.role, "candidate")]: "Linus", ...rating(3, 4) };
    const result = reopenCandidate(kept, "a", linus, "l")!;
    expect(result.candidate.values).toEqual(ada);
    expect(result.kept.map((c) => c.name)).toEqual(["Grace", "Linus"]);
    expect(result.keptSheet?.values).toEqual(linus);
    const fromBlank = reopenCandidate(kept, "g", {}, "x")!;
    expect([fromBlank.kept.map((c) => c.id), fromBlank.keptSheet]).toEqual([["a"], undefined]);
    expect(reopenCandidate(kept, "nobody", linus, "x")).toBeUndefined();
  });

  describe("the must-have ticks belong to the role", () => {
    const tick = (itemIndex: number) => ({ [mustHaveName(architect.role, architect.items[itemIndex].id)]: "yes" });

    it("are what a kept sheet leaves for the next candidate, and nothing else", () => {
      expect(mustHaveTicks({ ...ada, ...tick(2), [headerFieldName(architect.role, "date")]: "" })).toEqual({ ...tick(0), ...tick(2) });
      expect(mustHaveTicks(grace)).toEqual({});
    });

    it("are kept with the candidate, but a sheet holding only them is blank: nothing to keep, no row in the comparison", () => {
      expect(kept[0].values).toMatchObject(tick(0));
      expect(keepCandidate(kept, architect.role, { ...tick(0), ...tick(1) }, "x")).toEqual(kept);
      expect(comparisonRows(kept, architect, max, { ...tick(0), ...tick(1) })).toHaveLength(2);
      expect(comparisonRows(kept, architect, max, { ...tick(0), ...rating(0, 1) }).at(-1)).toMatchObject({ id: null, stops: [architect.items[0].title] });
    });

    it("on a blank sheet are not kept when a candidate is opened with the same ticks, and are kept when opening would replace them", () => {
      const same = reopenCandidate(kept, "a", tick(0), "x")!;
      expect([same.kept.map((c) => c.id), same.keptSheet]).toEqual([["g"], undefined]);
      const other = reopenCandidate(kept, "a", { ...tick(0), ...tick(1) }, "x")!;
      expect(other.keptSheet).toMatchObject({ id: "x", name: "Unnamed candidate 2", values: { ...tick(0), ...tick(1) } });
      expect(reopenCandidate(kept, "g", tick(0), "x")!.keptSheet?.values).toEqual(tick(0)); // Grace has none ticked
    });
  });

  it("reads back what it stored", () => {
    expect(parseKeptCandidates(JSON.stringify(kept), [architect, engineer])).toEqual(kept);
  });

  it("drops entries it cannot trust: unknown role, no id, a repeated id, fields of another role; and caps the list", () => {
    const entries = [
      { id: "a", role: architect.role, name: "Ada", values: { ...ada, [headerFieldName(engineer.role, "candidate")]: "Other sheet", extra: "x", n: 4 } },
      { id: "a", role: architect.role, name: "Twin", values: {} },
      { id: "b", role: "astronaut", name: "Foreign", values: {} },
      { role: architect.role, name: "No id", values: {} },
      { id: "c", role: architect.role, name: 7, values: {} },
      { id: "d", role: engineer.role, name: "  ", values: "not an object" },
      null,
      "text",
    ];
    expect(parseKeptCandidates(JSON.stringify(entries), [architect, engineer])).toEqual([
      { id: "a", role: architect.role, name: "Ada", values: ada },
      { id: "d", role: engineer.role, name: "Unnamed candidate", values: {} },
    ]);
    const many = Array.from({ length: maxKeptCandidates + 5 }, (_, i) => ({ id: `c${i}`, role: architect.role, name: `C${i}`, values: {} }));
    expect(parseKeptCandidates(JSON.stringify(many), [architect])).toHaveLength(maxKeptCandidates);
  });

  it.each([null, "", "not json", "{}", '{"candidates":[]}', "null", "42"])("keeps no candidates for %j", (raw) => {
    expect(parseKeptCandidates(raw, [architect, engineer])).toEqual([]);
  });
});
