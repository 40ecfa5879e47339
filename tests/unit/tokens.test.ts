import { afterAll, describe, expect, test } from "vitest";
import { adminSessionValue, sameSecret } from "@/lib/forms/admin";
import { deriveKeys, keyedHash } from "@/lib/forms/keys";
import { seal, unseal } from "@/lib/forms/seal";
import { getStore } from "@/lib/store";
import { removeTempDirs, tempDir } from "../support/temp-dirs";
import { consultationSchema } from "@/lib/forms/schemas";
import { draftLocation, readDraft } from "@/lib/forms/drafts";
import { openFor } from "@/lib/forms/tokens";

afterAll(removeTempDirs);

const keys = deriveKeys("test secret, long enough to be realistic");
const other = deriveKeys("another secret");
const now = 1_750_000_000_000;

describe("sealed tokens", () => {
  test("open to what was sealed, within their lifetime", () => {
    const token = seal(keys.seal, "confirm", { e: "ada@example.com" }, 60_000, now);
    expect(unseal(keys.seal, "confirm", token, now + 59_999)).toEqual({ ok: true, data: { e: "ada@example.com" } });
  });

  test("never carry the email address in readable form, and differ each time", () => {
    const a = seal(keys.seal, "unsubscribe", { e: "ada@example.com" }, 60_000, now);
    const b = seal(keys.seal, "unsubscribe", { e: "ada@example.com" }, 60_000, now);
    expect(a).not.toBe(b);
    for (const token of [a, b]) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, "base64url").toString("latin1")).not.toContain("ada");
    }
  });

  test("expire: one millisecond late is 'expired'", () => {
    const token = seal(keys.seal, "confirm", { e: "x@example.com" }, 60_000, now);
    expect(unseal(keys.seal, "confirm", token, now + 60_001)).toEqual({ ok: false, reason: "expired" });
  });

  test("any changed byte makes the token invalid", () => {
    const token = seal(keys.seal, "confirm", { e: "x@example.com" }, 60_000, now);
    const bytes = Buffer.from(token, "base64url");
    for (let i = 0; i < bytes.length; i++) {
      const tampered = Buffer.from(bytes);
      tampered[i] ^= 0x01;
      expect(unseal(keys.seal, "confirm", tampered.toString("base64url"), now), `byte ${i}`).toEqual({ ok: false, reason: "invalid" });
    }
    expect(unseal(keys.seal, "confirm", token.slice(0, -2), now)).toEqual({ ok: false, reason: "invalid" });
  });

  test("a token for one purpose, or from another secret, does not open", () => {
    const confirm = seal(keys.seal, "confirm", { e: "x@example.com" }, 60_000, now);
    expect(unseal(keys.seal, "unsubscribe", confirm, now)).toEqual({ ok: false, reason: "invalid" });
    expect(unseal(other.seal, "confirm", confirm, now)).toEqual({ ok: false, reason: "invalid" });
  });

  test("garbage of every kind is 'invalid', never an exception", () => {
    for (const junk of [undefined, null, "", "abc", "!!!", "%00", "A".repeat(30_000), Buffer.alloc(40).toString("base64url")]) {
      expect(unseal(keys.seal, "confirm", junk, now)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  test("a draft with a 2,000-character message stays well inside URL limits", () => {
    const message = "Ω".repeat(2000);
    const token = seal(keys.seal, "draft-consultation", { name: "A", message }, 900_000, now);
    expect(token.length).toBeLessThan(8_000);
    expect(unseal(keys.seal, "draft-consultation", token, now)).toEqual({ ok: true, data: { name: "A", message } });
  });
});

describe("derived keys and comparisons", () => {
  test("each use has its own key, and a different secret gives different keys", () => {
    expect(new Set([keys.seal, keys.address, keys.admin].map((k) => k.toString("hex"))).size).toBe(3);
    expect(keys.seal.equals(other.seal)).toBe(false);
    expect(keys.seal).toHaveLength(32);
  });

  test("the address hash is keyed: same input and key → same hash; another key → another hash; no raw address", () => {
    const hash = keyedHash(keys.address, "forms|203.0.113.9");
    expect(hash).toBe(keyedHash(keys.address, "forms|203.0.113.9"));
    expect(hash).not.toBe(keyedHash(other.address, "forms|203.0.113.9"));
    expect(hash).not.toContain("203");
  });

  test("secrets are compared whatever their lengths", () => {
    expect(sameSecret("token-123", "token-123")).toBe(true);
    expect(sameSecret("token-123", "token-124")).toBe(false);
    expect(sameSecret("", "token-123")).toBe(false);
    expect(sameSecret("token-123-and-more", "token-123")).toBe(false);
  });

  test("the admin cookie is an admin session sealed with the session generation and a tag of the token, never the token", async () => {
    process.env.FORM_SECRET = "test secret, long enough to be realistic";
    process.env.DATA_DIR = tempDir("guide-admin-cookie-");
    process.env.DATABASE_URL = "";
    const value = await adminSessionValue("s3cret-admin-token");
    const opened = await openFor<{ k: string; g: string }>("admin-session", value);
    expect(opened).toMatchObject({ ok: true, data: { g: expect.any(String) } });
    const otherToken = await openFor<{ k: string }>("admin-session", await adminSessionValue("another-token"));
    expect(opened.ok && otherToken.ok && opened.data.k !== otherToken.data.k).toBe(true); // a new ADMIN_TOKEN ends old sessions
    expect(opened.ok && opened.data.k).not.toContain("s3cret");
    expect((await openFor("confirm", value)).ok).toBe(false); // not usable as another kind of token
    await (await getStore()).close();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("ai-hiring-guide.store")];
  });

  test("a form's draft stays a short address, however much was pasted: values come back up to 4 times their limit", async () => {
    process.env.FORM_SECRET = "test secret, long enough to be realistic";
    const words = "We need an architect for a retrieval platform with strict audit needs and a small team. ";
    const pasted = words.repeat(300); // about 26,000 characters
    const location = await draftLocation("/consultation", "draft-consultation", { name: "Ada", message: pasted });
    expect(location.length).toBeLessThan(8_000); // what nginx accepts in a request line by default
    const draft = new URL(location, "http://x").searchParams.get("draft");
    const { values, errors } = await readDraft(consultationSchema, "draft-consultation", draft ?? undefined);
    expect(values.message).toBe(pasted.slice(0, 8_000));
    expect(errors.message).toBe("Use at most 2,000 characters; this has 8,000");
  });
});
