import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { rawFaqEntries } from "../../lib/data/faq";
import { z } from "zod";
import { rawSalaryBands } from "../../lib/data/salary-bands";
import { faqSchema } from "../../lib/schemas/faq";
import { salaryBandSchema } from "../../lib/schemas/salary-band";
import { DataError, parseData } from "../../lib/schemas/parse-data";

// What `next build` and the dev overlay print when a lib/data file breaks its rules: the DataError's message.
// It gives the file, the line and the field, as `npm run check` does, and no stack trace under it.

it("names the file, the line and the field of a data slip, without a stack trace", () => {
  const entries = structuredClone(rawFaqEntries) as Record<string, unknown>[];
  delete entries[1].question;
  let error: unknown;
  try {
    parseData(faqSchema, entries, "lib/data/faq.ts");
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(DataError);
  const { message, stack } = error as DataError;
  const found = /lib\/data\/faq\.ts:(\d+) {2}1\.question: is missing \(write text in quotes here\)/.exec(message);
  expect(found, message).not.toBeNull();
  // The line is the entry's: where its id is written.
  const line = readFileSync("lib/data/faq.ts", "utf8").split("\n")[Number(found![1]) - 1];
  expect(line).toContain(`"${entries[1].id as string}"`);
  expect(stack).not.toMatch(/\n\s+at /);
});

it("tells a list written as text once, as a list to write, not also as text too long for a list", () => {
  const entries = structuredClone(rawFaqEntries) as Record<string, unknown>[];
  entries[1].chapters = "vetting";
  const error = (() => {
    try {
      parseData(faqSchema, entries, "lib/data/faq.ts");
    } catch (thrown) {
      return thrown as DataError;
    }
  })();
  expect(error?.message.split("\n").filter((line) => line.includes("1.chapters")).map((line) => line.replace(/^.*?1\.chapters/, "1.chapters"))).toEqual([
    "1.chapters: must be a list in [ ] (it is text now)",
  ]);
});

it("tells a slip in an object several entries share once, and the same slip in two entries twice", () => {
  const messageOf = (bands: unknown) => {
    try {
      parseData(z.array(salaryBandSchema), bands, "lib/data/salary-bands.ts");
    } catch (thrown) {
      return (thrown as DataError).message;
    }
    return "";
  };
  // Two architect bands (so one line of the file names both), each without its currency: two slips.
  const [band] = rawSalaryBands as Record<string, unknown>[];
  const { currency: _currency, ...withoutCurrency } = band;
  expect(messageOf([withoutCurrency, { ...withoutCurrency, region: "EU" }]).match(/currency: /g)).toHaveLength(2); // was 1
  // One source object behind both, dated in words: one slip.
  const source = { ...(band.source as Record<string, unknown>), asOf: "April 2026" };
  expect(messageOf([{ ...band, source }, { ...band, region: "EU", source }]).match(/asOf: /g)).toHaveLength(1);
});
