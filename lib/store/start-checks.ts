import { randomBytes, scrypt } from "node:crypto";
import { promisify } from "node:util";
import { latestVersion } from "./migrations";
import type { Store } from "./types";

/**
 * The signing secret this site generates on first use and keeps in the database (first writer wins), so every
 * instance sharing it signs and opens the same links: used while `FORM_SECRET` is unset (lib/forms/keys.ts).
 */
export const generatedSecret = (store: Store): Promise<string> => store.ensureSetting("form_secret", randomBytes(32).toString("base64url"));

/**
 * The secret in use, without making one: FORM_SECRET, else the one a form already generated, else undefined (no
 * mail has been signed yet). A secret made here, where nothing will sign with it, would be warned about later as
 * one that mailed links still use.
 */
export async function secretInUse(store: Store, formSecret: string | undefined): Promise<string | undefined> {
  return formSecret || ((await store.hasSetting("form_secret")) ? await generatedSecret(store) : undefined);
}

const generatedSecretLeft = [
  "⚠ FORM_SECRET is set, but the database holds the secret this site generated and used before it was: links in mails sent",
  "  with that one (confirm, unsubscribe, delete my data) no longer open. To keep them working, unset FORM_SECRET, or set it",
  "  to that secret (SELECT value FROM settings WHERE name = 'form_secret'). Once they no longer matter (unsubscribe links",
  "  last a year), delete it: DELETE FROM settings WHERE name = 'form_secret';",
].join("\n");

const otherSecret = [
  "⚠ This server signs links with another secret than the server that last started on this database (FORM_SECRET changed,",
  "  differs between instances, or is set on one and not the other): links mailed with the other one (confirm, unsubscribe,",
  "  delete my data) do not open here, and servers with different secrets count a client's forms apart (the rate limit",
  "  multiplies). Give every instance the same FORM_SECRET; after changing it on purpose on all of them, this shows once.",
].join("\n");

/**
 * A fingerprint of the secret in use: equal for equal secrets, and slow to guess from (scrypt), since it sits in
 * the database beside readers' data and FORM_SECRET may be a short phrase.
 */
const fingerprintOf = async (secret: string) =>
  ((await promisify(scrypt)(secret, "ai-hiring-guide signing secret fingerprint", 16)) as Buffer).toString("base64url");

/**
 * Whether `secret` is the one the last server started on this store signed with (true when none has recorded one):
 * links signed with another would not open on the site.
 */
export async function signsLikeLastServer(store: Store, secret: string): Promise<boolean> {
  return !(await store.hasSetting("secret_fingerprint")) || store.hasSetting("secret_fingerprint", await fingerprintOf(secret));
}

/**
 * What the log should say once the store has opened: a database a newer version of the site migrated (a
 * rollback), FORM_SECRET set over a generated secret that mailed links still use, and an instance that signs
 * with another secret than the last one started on the same database. Instances with different secrets had
 * said nothing, each logging "signing secret: FORM_SECRET", while every link mailed by one failed on the other.
 * Records this instance's fingerprint for the next one.
 */
export async function startWarnings(store: Store, formSecret = process.env.FORM_SECRET): Promise<string[]> {
  const warnings: string[] = [];
  const found = await store.schemaVersion();
  if (found > latestVersion) {
    warnings.push(`⚠ The database was last brought to schema version ${found} by a newer version of the site; this one knows up to ${latestVersion}. Deploy the newer version again, or restore the backup made before it.`);
  }
  if (formSecret && (await store.hasSetting("form_secret")) && !(await store.hasSetting("form_secret", formSecret))) warnings.push(generatedSecretLeft);
  // Without FORM_SECRET, only a secret already generated (by a form) is compared: making one here, at every start,
  // had a later FORM_SECRET warned about as replacing a secret that no mail had ever used.
  const secret = await secretInUse(store, formSecret);
  if (secret === undefined) return warnings;
  const fingerprint = await fingerprintOf(secret);
  if ((await store.hasSetting("secret_fingerprint")) && !(await store.hasSetting("secret_fingerprint", fingerprint))) warnings.push(otherSecret);
  await store.setSetting("secret_fingerprint", fingerprint);
  return warnings;
}
