import { describe, expect, it } from "vitest";
import { adminToken } from "@/lib/forms/admin";
import { formSettingsLine, formSettingsWarnings } from "@/lib/forms/settings";

describe("form and storage settings at start", () => {
  it("says nothing about settings that are unset or usable as given", () => {
    const told = { CONSULT_NOTIFY_TO: "agency@example.com" };
    expect(formSettingsWarnings(told)).toEqual([]);
    expect(formSettingsWarnings({ TRUST_PROXY: "1", FORM_RATE_LIMIT: "25", DATABASE_POOL_SIZE: "20", ADMIN_TOKEN: "a".repeat(32) })).toEqual([]);
    expect(formSettingsWarnings({ ...told, TRUST_PROXY: "0", FORM_RATE_LIMIT: "", DATABASE_POOL_SIZE: " ", ADMIN_TOKEN: "" })).toEqual([]);
  });

  it("names each setting that falls back, with its value and what is used instead", () => {
    const warnings = formSettingsWarnings({ TRUST_PROXY: "yes", FORM_RATE_LIMIT: "abc", DATABASE_POOL_SIZE: "-5", ADMIN_TOKEN: "a" });
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/TRUST_PROXY .* it is "yes"\. X-Forwarded-For is ignored/);
    expect(warnings[1]).toContain('FORM_RATE_LIMIT must be a whole number of forms per hour, 1 or more; it is "abc", so 10 is used.');
    expect(warnings[2]).toContain('DATABASE_POOL_SIZE must be a whole number from 1 to 100; it is "-5", so 10 is used.');
    expect(warnings[3]).toContain("ADMIN_TOKEN is shorter than 16 characters");
    expect(formSettingsWarnings({ TRUST_PROXY: "12" })[0]).toContain('it is "12"');
  });

  it("says at start when CONSULT_NOTIFY_TO holds no address: every notice to the agency would fail", () => {
    for (const good of ["agency@example.com", "Agency <agency@example.com>", "a@example.com, b@example.com", "a@example.com; b@example.com", "agency@example.com,"]) {
      expect(formSettingsWarnings({ CONSULT_NOTIFY_TO: good }), good).toEqual([]);
    }
    for (const bad of ["agency.example.com", "agency@example.com, boss", "agency@example.com x"]) {
      expect(formSettingsWarnings({ CONSULT_NOTIFY_TO: bad })[0], bad).toContain(`CONSULT_NOTIFY_TO must be an address (or several, separated by commas), like agency@example.com; it is "${bad}"`);
    }
  });

  it("warns at start when nobody would hear of a consultation request: no CONSULT_NOTIFY_TO and no admin area", () => {
    const [warning] = formSettingsWarnings({});
    expect(warning).toContain("CONSULT_NOTIFY_TO is not set and the admin area is off (no ADMIN_TOKEN): consultation requests are stored and readers are told a specialist will reply, but nobody is told of them");
    expect(formSettingsWarnings({ ADMIN_TOKEN: "a".repeat(32) })).toEqual([]);
    expect(formSettingsLine({ CONSULT_NOTIFY_TO: "agency@example.com" })).toContain("; consultation notices mailed to CONSULT_NOTIFY_TO;");
    expect(formSettingsLine({ CONSULT_NOTIFY_TO: "agency@example.com" })).not.toContain("agency@");
  });

  it("warns at start about a FORM_SECRET short enough to guess from one link in a mail", () => {
    expect(formSettingsWarnings({ FORM_SECRET: "guide-secret" })[0]).toContain("FORM_SECRET is shorter than 32 characters: whoever guesses it can make links that confirm, unsubscribe or delete any reader's address.");
    expect(formSettingsWarnings({ FORM_SECRET: "guide-secret" })[0]).not.toContain("guide-secret");
    expect(formSettingsWarnings({ FORM_SECRET: "x".repeat(32), CONSULT_NOTIFY_TO: "agency@example.com" })).toEqual([]);
  });

  it("says at start what the forms use: the rate limit, where a client's address comes from, the admin area, the secret", () => {
    expect(formSettingsLine({})).toBe("✓ Forms: 10 an hour per client (FORM_RATE_LIMIT), the client's address from the connection (TRUST_PROXY unset); admin area off (no ADMIN_TOKEN); consultation notices off (no CONSULT_NOTIFY_TO); signing secret: generated, kept in the database");
    const line = formSettingsLine({ FORM_RATE_LIMIT: "25", TRUST_PROXY: "1", ADMIN_TOKEN: "a-long-admin-token-0123", FORM_SECRET: "s3cret-value" });
    expect(line).toBe("✓ Forms: 25 an hour per client (FORM_RATE_LIMIT), the client's address from X-Forwarded-For, 1 from the right (TRUST_PROXY); admin area on at /admin (ADMIN_TOKEN); consultation notices off (no CONSULT_NOTIFY_TO); signing secret: FORM_SECRET");
    expect(line).not.toMatch(/a-long-admin|s3cret/);
  });

  it("reads ADMIN_TOKEN without the spaces or line break an env file may leave around it", () => {
    expect(adminToken(" tok-with-newline-12345\n")).toBe("tok-with-newline-12345");
    expect(adminToken(" \n")).toBeUndefined();
    expect(adminToken(undefined)).toBeUndefined();
  });
});
