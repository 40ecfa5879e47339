import http from "node:http";
import { peerHeader } from "./client-address";

const installed = Symbol.for("ai-hiring-guide.peer-stamp");

/**
 * Stamps each incoming request with its socket's remote address (header `peerHeader`), overwriting any value
 * the client sent, before Next sees it. Next gives route handlers no socket, and its own `X-Forwarded-For`
 * can be set by the client; this is the one trustworthy source of the peer address. Hand-written because no
 * Next API exposes it. Called once from instrumentation.ts (Node runtime only).
 */
export function installPeerStamp(): void {
  const proto = http.Server.prototype as http.Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[peerHeader] = request.socket?.remoteAddress ?? "";
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
