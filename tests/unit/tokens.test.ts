import { describe, expect, test } from "vitest";
import { adminSessionValue, sameSecret } from "@/lib/forms/admin";
import { deriveKeys, keyedHash } from "@/lib/forms/keys";
import { seal, unseal } from "@/lib/forms/seal";

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

  test("the admin cookie is sealed: no token inside, and a new value at every sign-in", async () => {
    process.env.FORM_SECRET = "test secret, long enough to be realistic";
    const value = await adminSessionValue("s3cret-admin-token", 1_000);
    expect(value).not.toContain("s3cret");
    expect(value).not.toBe(await adminSessionValue("s3cret-admin-token", 2_000));
  });
});
