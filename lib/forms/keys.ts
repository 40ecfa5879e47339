import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { openOnce } from "@/lib/per-process";
import { getStore } from "@/lib/store";
import { generatedSecret } from "@/lib/store/start-checks";

/** Keys derived from the one signing secret, one per use, so no key ever serves two purposes. */
export interface FormKeys {
  /** AES-256-GCM key for sealed tokens and drafts. */
  seal: Buffer;
  /** HMAC key for the rate limit's hash of client addresses. */
  address: Buffer;
  /** HMAC key for the admin session cookie. */
  admin: Buffer;
}

/** Derives the keys from a secret (pure; exported for tests). */
export function deriveKeys(secret: string): FormKeys {
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", secret, "ai-hiring-guide", info, 32));
  return { seal: derive("seal v1"), address: derive("address v1"), admin: derive("admin v1") };
}

/** Keyed hash (hex) of a value, e.g. a client address; the raw value is never stored. */
export function keyedHash(key: Buffer, value: string): string {
  return createHmac("sha256", key).update(value).digest("hex").slice(0, 40);
}

/**
 * The secret is `FORM_SECRET` when set; otherwise one is generated on first use and kept in the database
 * (settings table, first writer wins), so every instance sharing the database signs and opens the same tokens.
 */
export function getFormKeys(): Promise<FormKeys> {
  return openOnce("form-keys", async () => {
    const fromEnv = process.env.FORM_SECRET;
    if (fromEnv) return deriveKeys(fromEnv);
    return deriveKeys(await generatedSecret(await getStore()));
  });
}
