import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openStore } from "@/lib/store";
import type { Store } from "@/lib/store/types";
import { freshPostgresDatabase } from "../support/postgres";
import { removeTempDirs, tempDir } from "../support/temp-dirs";

afterAll(removeTempDirs);

/**
 * ONE contract, run against both engines: a temporary SQLite file and a fresh database on the real
 * PostgreSQL test server. Anything the app relies on from the store is asserted here. The tests share one store
 * per engine, but each writes the rows it reads (addresses and keys of its own), so any one runs alone (-t).
 */
const engines: { name: string; open: () => Promise<Store> }[] = [
  { name: "SQLite", open: () => openStore({ DATA_DIR: tempDir("guide-store-") }) },
  { name: "PostgreSQL", open: async () => openStore({ DATABASE_URL: await freshPostgresDatabase("contract") }) },
];

const consent = "I agree (test wording)";
const request = (email: string, now: number) => ({
  name: "Ada Lovelace",
  email,
  company: "Analytical Engines",
  role: "ai-architect",
  teamSize: "11-50",
  timeline: "now",
  message: "Line one\nLine two",
  consentText: consent,
  consentAt: now,
  now,
});

describe.each(engines)("store contract: $name", ({ open }) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  test("a new database is migrated to the latest version", async () => {
    const { latestVersion } = await import("@/lib/store/migrations");
    expect(await store.schemaVersion()).toBe(latestVersion);
  });

  test("signing up creates one pending record; signing up again returns it unchanged", async () => {
    const first = await store.addSubscriber({ email: "one@example.com", consentText: consent, now: 1_000 });
    expect(first.created).toBe(true);
    expect(first.subscriber).toMatchObject({ email: "one@example.com", status: "pending", consentText: consent, consentAt: 1_000, confirmedAt: null, lastMailAt: 1_000 });
    const again = await store.addSubscriber({ email: "one@example.com", consentText: consent, now: 2_000 });
    expect(again.created).toBe(false);
    expect(again.subscriber.id).toBe(first.subscriber.id);
    expect(again.subscriber.createdAt).toBe(1_000);
  });

  test("the same address 20 times at once makes exactly one record, and exactly one call says it created it", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => store.addSubscriber({ email: "race@example.com", consentText: consent, now: 5 })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.subscriber.id)).size).toBe(1);
    expect((await store.listSubscribers()).filter((s) => s.email === "race@example.com")).toHaveLength(1);
  });

  test("confirming: pending → confirmed once, then 'already'; an unknown address is 'missing'", async () => {
    await store.addSubscriber({ email: "confirm@example.com", consentText: consent, now: 10 });
    expect(await store.confirmSubscriber("confirm@example.com", 20)).toBe("confirmed");
    expect(await store.confirmSubscriber("confirm@example.com", 30)).toBe("already");
    expect(await store.getSubscriber("confirm@example.com")).toMatchObject({ status: "confirmed", confirmedAt: 20 });
    expect(await store.confirmSubscriber("nobody@example.com", 30)).toBe("missing");
  });

  test("a signup mail can be claimed once per interval, pending or confirmed, and released on failure", async () => {
    await store.addSubscriber({ email: "mail@example.com", consentText: consent, now: 0 });
    expect(await store.claimSignupMail("mail@example.com", 200, 300)).toBe(false); // the signup's own mail
    const claims = await Promise.all(Array.from({ length: 5 }, () => store.claimSignupMail("mail@example.com", 1_000, 300)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.claimSignupMail("mail@example.com", 1_200, 300)).toBe(false);
    expect(await store.claimSignupMail("mail@example.com", 1_300, 300)).toBe(true);
    await store.releaseSignupMail("mail@example.com", 1_300);
    expect(await store.claimSignupMail("mail@example.com", 1_301, 300)).toBe(true);
    await store.addSubscriber({ email: "claim-confirmed@example.com", consentText: consent, now: 0 });
    await store.confirmSubscriber("claim-confirmed@example.com", 1);
    expect(await store.claimSignupMail("claim-confirmed@example.com", 10_000, 0)).toBe(true); // confirmed: the "already subscribed" note
    expect(await store.claimSignupMail("nobody@example.com", 10_000, 0)).toBe(false); // no such subscriber
  });

  test("consultation requests keep every field and get distinct references", async () => {
    const a = await store.addConsultation(request("lead@example.com", 100));
    const b = await store.addConsultation(request("lead@example.com", 200));
    expect(a.reference).toMatch(/^CR-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(a.reference).not.toBe(b.reference);
    const listed = await store.listConsultations(10);
    expect(listed.slice(0, 2).map((c) => c.reference)).toEqual([b.reference, a.reference]);
    expect(listed[1]).toEqual(a);
    expect(a.message).toBe("Line one\nLine two");
  });

  test("counting subscribers by status", async () => {
    await store.addSubscriber({ email: "count-pending@example.com", consentText: consent, now: 1 });
    await store.addSubscriber({ email: "count-confirmed@example.com", consentText: consent, now: 1 });
    await store.confirmSubscriber("count-confirmed@example.com", 2);
    const counts = await store.countSubscribers();
    const all = await store.listSubscribers();
    expect(counts).toEqual({ pending: all.filter((s) => s.status === "pending").length, confirmed: all.filter((s) => s.status === "confirmed").length });
    expect(counts.confirmed).toBeGreaterThan(0);
    expect(counts.pending).toBeGreaterThan(0);
  });

  test("a newsletter issue goes to confirmed subscribers once each, claimed atomically, an older one too; a failed send is given back", async () => {
    for (const name of ["issue-a", "issue-b", "issue-pending"]) await store.addSubscriber({ email: `${name}@example.com`, consentText: consent, now: 1 });
    await store.confirmSubscriber("issue-a@example.com", 2);
    await store.confirmSubscriber("issue-b@example.com", 2);
    const ours = async (issue: string) => (await store.issueRecipients(issue)).filter((email) => email.startsWith("issue-"));
    expect(await ours("one")).toEqual(["issue-a@example.com", "issue-b@example.com"]);
    // Two sends of one issue at once: each subscriber is claimed by exactly one.
    expect(await Promise.all([store.claimIssue("issue-a@example.com", "one", 3), store.claimIssue("issue-a@example.com", "one", 3)])).toEqual(expect.arrayContaining([true, false]));
    expect(await store.claimIssue("issue-pending@example.com", "one", 3)).toBe(false); // never to an unconfirmed signup
    expect(await ours("one")).toEqual(["issue-b@example.com"]);
    // The next issue goes to both; after it, the older one sent again reaches only who never had it.
    expect(await store.claimIssue("issue-a@example.com", "two", 4)).toBe(true);
    expect(await ours("one")).toEqual(["issue-b@example.com"]);
    // A send that failed gives its subscriber back.
    await store.releaseIssue("issue-a@example.com", "two");
    expect(await ours("two")).toEqual(["issue-a@example.com", "issue-b@example.com"]);
    // What went to an address goes with it: unsubscribed and back, they are sent issue one again.
    await store.removeSubscriber("issue-a@example.com");
    await store.addSubscriber({ email: "issue-a@example.com", consentText: consent, now: 5 });
    await store.confirmSubscriber("issue-a@example.com", 6);
    expect(await ours("one")).toEqual(["issue-a@example.com", "issue-b@example.com"]);
  });

  test("unsubscribing removes the signup; deleting all data removes signup and requests together", async () => {
    await store.addSubscriber({ email: "leave@example.com", consentText: consent, now: 1 });
    expect(await store.removeSubscriber("leave@example.com")).toBe(true);
    expect(await store.removeSubscriber("leave@example.com")).toBe(false);
    await store.addSubscriber({ email: "all@example.com", consentText: consent, now: 1 });
    await store.addConsultation(request("all@example.com", 1));
    await store.addConsultation(request("all@example.com", 2));
    expect(await store.hasDataFor("all@example.com")).toBe(true);
    expect(await store.deleteAllFor("all@example.com")).toEqual({ subscribers: 1, consultations: 2 });
    expect(await store.hasDataFor("all@example.com")).toBe(false);
    expect(await store.getSubscriber("all@example.com")).toBeUndefined();
  });

  test("rate-limit hits are counted atomically per key and window", async () => {
    const counts = await Promise.all(Array.from({ length: 30 }, () => store.hitRateLimit("key-a", 3_600_000)));
    expect([...counts].sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await store.hitRateLimit("key-b", 3_600_000)).toBe(1);
    expect(await store.hitRateLimit("key-a", 7_200_000)).toBe(1);
  });

  test("forgetting a key's rate-limit hits (deleting a reader's data) removes its counts, and no other key's", async () => {
    await store.hitRateLimit("forget-me", 3_600_000);
    await store.hitRateLimit("forget-me", 3_600_000);
    await store.hitRateLimit("keep-me", 3_600_000);
    await store.forgetRateLimit("forget-me");
    expect(await store.hitRateLimit("forget-me", 3_600_000)).toBe(1);
    expect(await store.hitRateLimit("keep-me", 3_600_000)).toBe(2);
  });

  test("purge drops past windows, stale unconfirmed signups and old requests, and nothing else", async () => {
    await store.addSubscriber({ email: "stale@example.com", consentText: consent, now: 50 });
    // Signed up as long ago, but mailed a new link since: its days count from that mail.
    await store.addSubscriber({ email: "again@example.com", consentText: consent, now: 50 });
    expect(await store.claimSignupMail("again@example.com", 100, 0)).toBe(true);
    await store.addConsultation(request("old@example.com", 50));
    await store.addSubscriber({ email: "kept@example.com", consentText: consent, now: 50 });
    await store.confirmSubscriber("kept@example.com", 51);
    await store.hitRateLimit("purge-key", 3_600_000);
    await store.purge({ windowStart: 7_200_000, pendingBefore: 60, consultationsBefore: 60 });
    expect(await store.hitRateLimit("purge-key", 3_600_000)).toBe(1); // the old window was gone
    expect(await store.getSubscriber("stale@example.com")).toBeUndefined();
    expect(await store.getSubscriber("kept@example.com")).toBeDefined(); // confirmed: kept
    expect(await store.hasDataFor("old@example.com")).toBe(false);
    expect(await store.getSubscriber("again@example.com")).toBeDefined();
    await store.purge({ windowStart: 7_200_000, pendingBefore: 110, consultationsBefore: 60 });
    expect(await store.getSubscriber("again@example.com")).toBeUndefined();
  });

  test("a setting is written once: simultaneous first writers all read the winner's value", async () => {
    expect(await store.hasSetting("secret-test")).toBe(false);
    const values = await Promise.all(["a", "b", "c", "d"].map((v) => store.ensureSetting("secret-test", v)));
    expect(new Set(values).size).toBe(1);
    expect(await store.hasSetting("secret-test")).toBe(true);
    expect(await store.ensureSetting("secret-test", "z")).toBe(values[0]);
  });

  test("a setting can be replaced (the admin's last sign-out), and every reader then sees the new value", async () => {
    await store.setSetting("signed-out-test", "100");
    expect(await store.ensureSetting("signed-out-test", "0")).toBe("100");
    await store.setSetting("signed-out-test", "200");
    expect(await store.ensureSetting("signed-out-test", "0")).toBe("200");
  });
});
