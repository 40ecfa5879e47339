/**
 * What a log line may say about an error: its class, its code (ENOTDIR, ECONNREFUSED, EAUTH, ETIMEDOUT…) and
 * an SMTP reply code. Never its message: a database or mail server may quote what a reader typed (an address,
 * a name) in it, and readers' data never goes to the log.
 */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return "error";
  const { code, originalCode, responseCode } = error as { code?: unknown; originalCode?: unknown; responseCode?: unknown };
  // nodemailer files a system error under its own code and keeps the system's apart: a mail server that is down
  // was "ESOCKET" alone, which does not tell a refused connection (ECONNREFUSED) from a reset or a TLS failure.
  const system = typeof originalCode === "string" && originalCode !== code ? originalCode : undefined;
  const details = [typeof code === "string" ? code : undefined, system, typeof responseCode === "number" ? `SMTP ${responseCode}` : undefined].filter(Boolean);
  return details.length ? `${error.name} (${details.join(", ")})` : error.name;
}
