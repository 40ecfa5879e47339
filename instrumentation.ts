/**
 * Runs once when the server starts. Installs the peer-address stamp that lets form endpoints rate-limit by
 * the socket's address (see lib/forms/client-address.ts). Node runtime only: the stamp patches node:http.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerStamp } = await import("./lib/forms/peer-stamp");
    installPeerStamp();
  }
}
