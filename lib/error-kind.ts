/**
 * What a log line may say about an error: its class, its code (ENOTDIR, ECONNREFUSED, EAUTH, ETIMEDOUT…) and
 * an SMTP reply code. Never its message: a database or mail server may quote what a reader typed (an address,
 * a name) in it, and readers' data never goes to the log.
 */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return "error";
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  const details = [typeof code === "string" ? code : undefined, typeof responseCode === "number" ? `SMTP ${responseCode}` : undefined].filter(Boolean);
  return details.length ? `${error.name} (${details.join(", ")})` : error.name;
}
