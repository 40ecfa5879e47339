import fs from "node:fs";
import path from "node:path";

/** Header lines of a raw RFC 5322 message, unfolded, as [name in lower case, value]. */
export function headerLines(raw: string): [string, string][] {
  const head = raw.replace(/\r\n/g, "\n").split("\n\n")[0];
  return head
    .replace(/\n[ \t]+/g, " ")
    .split("\n")
    .map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
    });
}

/** The first value of a header, or undefined. */
export function header(raw: string, name: string): string | undefined {
  return headerLines(raw).find(([n]) => n === name.toLowerCase())?.[1];
}

/** The text body (quoted-printable soft line breaks and escapes undone). */
export function textBody(raw: string): string {
  const normalized = raw.replace(/\r\n/g, "\n");
  const body = normalized.slice(normalized.indexOf("\n\n") + 2);
  if (!/quoted-printable/i.test(header(raw, "content-transfer-encoding") ?? "")) return body;
  const bytes = body.replace(/=\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** Every .eml file in an outbox folder (oldest first), read. */
export function readOutbox(dir: string): { file: string; raw: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((file) => ({ file, raw: fs.readFileSync(path.join(dir, file), "utf8") }));
}

/** The mails in an outbox sent to `to` (matching the To header). */
export function mailsTo(dir: string, to: string): string[] {
  return readOutbox(dir)
    .map((m) => m.raw)
    .filter((raw) => (header(raw, "to") ?? "").toLowerCase().includes(to.toLowerCase()));
}
