/**
 * Where the production server listens (PORT, HOSTNAME), read once at start. Pure, so the rules are tested
 * without starting a server.
 */

/** The port from `PORT`: unset or empty means 3000; anything but a whole number from 1 to 65535 is refused. */
export function listenPort(raw: string | undefined): { port: number } | { problem: string } {
  if (raw === undefined || raw.trim() === "") return { port: 3000 };
  // Digits only: Number() also reads "0x1068" and "4201.0", which no one means as a port.
  const port = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (Number.isInteger(port) && port >= 1 && port <= 65_535) return { port };
  return { problem: `PORT must be a whole number from 1 to 65535; it is "${raw}".` };
}

/** Whether HOSTNAME means every interface (unset, 0.0.0.0 or ::). */
export function listensEverywhere(hostname: string | undefined): boolean {
  return !hostname || hostname === "0.0.0.0" || hostname === "::";
}

/** The address to print for a listening server: `localhost` for all interfaces, IPv6 addresses in brackets. */
export function listenUrl(hostname: string | undefined, port: number): string {
  const host = listensEverywhere(hostname) ? "localhost" : hostname!.includes(":") ? `[${hostname}]` : hostname!;
  return `http://${host}:${port}`;
}

/** What to tell the operator when the server cannot listen (the port is taken, the host is not this machine's). */
export function listenFailure(error: NodeJS.ErrnoException, hostname: string | undefined, port: number): string {
  const where = `${hostname ?? "all interfaces"}, port ${port}`;
  const reasons: Record<string, string> = {
    EADDRINUSE: "another program already listens there. Stop it, or set PORT to a free port.",
    EACCES: "this user may not listen there (ports below 1024 need extra rights). Set PORT to 1024 or above.",
    EADDRNOTAVAIL: "that address is not one of this machine's. Unset HOSTNAME to listen on all interfaces, or set it to 0.0.0.0.",
    ENOTFOUND: "HOSTNAME does not resolve to an address. Unset it to listen on all interfaces, or set it to 0.0.0.0.",
  };
  return `✗ The server cannot listen on ${where}: ${reasons[error.code ?? ""] ?? `${error.code ?? error.message}.`}`;
}
