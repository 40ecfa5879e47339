import "server-only";
import { isSenderAddress } from "@/lib/mail/transport";
import { poolSize } from "@/lib/store/postgres";
import { adminToken, adminTokenMinLength } from "./admin";
import { trustedHops } from "./client-address";
import { rateLimitPerHour } from "./rate-limit";

/** Shortest FORM_SECRET the start-up log accepts without a warning. */
const formSecretMinLength = 32;

/**
 * Warnings for the start-up log (instrumentation.ts) about form and storage settings that are set but cannot
 * be used as given. Each setting keeps working with its documented fallback; these lines say so, with the
 * value, because a silent fallback (one rate-limit bucket for everyone behind a proxy, say) looks like a bug
 * much later. Each check reads the setting through the same function the feature uses.
 */
export function formSettingsWarnings(env: Record<string, string | undefined> = process.env): string[] {
  const warnings: string[] = [];
  const set = (name: string) => env[name] !== undefined && env[name]!.trim() !== "";
  if (set("TRUST_PROXY") && env.TRUST_PROXY!.trim() !== "0" && trustedHops(env.TRUST_PROXY) === 0) {
    warnings.push(
      `⚠ TRUST_PROXY must be the number of proxies in front of the server (1 to 9); it is "${env.TRUST_PROXY}". X-Forwarded-For is ignored, so every reader behind the proxy shares one rate-limit bucket.`,
    );
  }
  if (set("FORM_RATE_LIMIT") && String(rateLimitPerHour(env.FORM_RATE_LIMIT)) !== env.FORM_RATE_LIMIT!.trim()) {
    warnings.push(`⚠ FORM_RATE_LIMIT must be a whole number of forms per hour, 1 or more; it is "${env.FORM_RATE_LIMIT}", so ${rateLimitPerHour(env.FORM_RATE_LIMIT)} is used.`);
  }
  if (set("DATABASE_POOL_SIZE") && String(poolSize(env.DATABASE_POOL_SIZE)) !== env.DATABASE_POOL_SIZE!.trim()) {
    warnings.push(`⚠ DATABASE_POOL_SIZE must be a whole number from 1 to 100; it is "${env.DATABASE_POOL_SIZE}", so ${poolSize(env.DATABASE_POOL_SIZE)} is used.`);
  }
  // Checked like MAIL_FROM, each of a list: a value without an address failed every notice (EENVELOPE), and the
  // operator heard of it only from the log of the first reader's request.
  const notify = (env.CONSULT_NOTIFY_TO ?? "").split(/[,;]/).filter((part) => part.trim() !== "");
  if (set("CONSULT_NOTIFY_TO") && !notify.every((part) => isSenderAddress(part))) {
    warnings.push(`⚠ CONSULT_NOTIFY_TO must be an address (or several, separated by commas), like agency@example.com; it is "${env.CONSULT_NOTIFY_TO}", so every notice of a consultation request will fail.`);
  }
  // The secret seals every link in every mail: one short enough to guess from a single link (tried offline, as
  // fast as a machine can) lets anyone make links that confirm, unsubscribe or delete any address.
  if (set("FORM_SECRET") && env.FORM_SECRET!.length < formSecretMinLength) {
    warnings.push(`⚠ FORM_SECRET is shorter than ${formSecretMinLength} characters: whoever guesses it can make links that confirm, unsubscribe or delete any reader's address. Use a long random value, e.g. from \`openssl rand -base64 32\`, before the first mail goes out.`);
  }
  const token = adminToken(env.ADMIN_TOKEN);
  if (token && token.length < adminTokenMinLength) {
    warnings.push(`⚠ ADMIN_TOKEN is shorter than ${adminTokenMinLength} characters: whoever guesses it reads every consultation request. Use a long random value, e.g. from \`openssl rand -hex 24\`.`);
  }
  // Every request's page and receipt promise the reader a reply: without a notice or the admin area, only an export
  // shows that a request came, and the start-up log was all green.
  if (notify.length === 0 && !adminToken(env.ADMIN_TOKEN)) {
    warnings.push("⚠ CONSULT_NOTIFY_TO is not set and the admin area is off (no ADMIN_TOKEN): consultation requests are stored and readers are told a specialist will reply, but nobody is told of them (only `npm run export -- consultations` lists them). Set CONSULT_NOTIFY_TO to the agency's address.");
  }
  return warnings;
}

/**
 * What the forms use, for the start-up log: the rate limit, where a client's address comes from, whether the
 * admin area is on, whether the agency is told of consultation requests, and where the signing secret lives. The
 * warnings above name values that cannot be used; this line names what is used, so an operator sees that
 * TRUST_PROXY or ADMIN_TOKEN took effect without sending forms to find out (the log said nothing about either).
 */
export function formSettingsLine(env: Record<string, string | undefined> = process.env): string {
  const hops = trustedHops(env.TRUST_PROXY);
  const from = hops ? `X-Forwarded-For, ${hops} from the right (TRUST_PROXY)` : "the connection (TRUST_PROXY unset)";
  const admin = adminToken(env.ADMIN_TOKEN) ? "on at /admin (ADMIN_TOKEN)" : "off (no ADMIN_TOKEN)";
  const secret = env.FORM_SECRET ? "FORM_SECRET" : "generated, kept in the database";
  const notices = env.CONSULT_NOTIFY_TO?.trim() ? "mailed to CONSULT_NOTIFY_TO" : "off (no CONSULT_NOTIFY_TO)";
  return `✓ Forms: ${rateLimitPerHour(env.FORM_RATE_LIMIT)} an hour per client (FORM_RATE_LIMIT), the client's address from ${from}; admin area ${admin}; consultation notices ${notices}; signing secret: ${secret}`;
}
