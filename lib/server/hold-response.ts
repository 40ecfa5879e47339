import type { ServerResponse } from "node:http";

export interface HoldOptions {
  /** Whether this response is held: asked once, at the first thing Next sends (headers set by then). */
  holds: () => boolean;
  /** Called with the whole body, as it will leave (compressed or not), before its head is written. */
  beforeSend?: (body: Buffer) => void;
  /** Past this many bytes the response goes on as it comes, without `beforeSend` or a length. */
  maxBytes?: number;
}

/**
 * Holds a response Next streams (flushHeaders, then chunks) until Next ends it, then sends head and body
 * together, with the body's Content-Length: for a page, whose Content-Security-Policy names scripts found only
 * in its body (lib/server/page-scripts.ts), and for a preview image, which link previewers such as Signal's
 * drop without a length (lib/server/start.ts). Next's bytes are sent unchanged; anything it sends that
 * `holds` refuses, a 204 or a 304 pass straight through. Installed before Next's handler runs, so Next's
 * compression wraps it and it sees the bytes as they will leave. Hand-written because no library holds a
 * Node response for a framework that writes it itself.
 */
export function holdResponse(res: ServerResponse, { holds, beforeSend, maxBytes = 8 * 1024 * 1024 }: HoldOptions): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  const held: Buffer[] = [];
  let heldBytes = 0;
  /** Whether this response is being held: decided once, at the first thing Next sends. */
  let holding: boolean | undefined;
  /** Set once the held response is being sent: from then on every call goes straight through. */
  let releasing = false;
  const isHeld = () => (holding ??= !res.headersSent && res.statusCode !== 304 && res.statusCode !== 204 && holds());
  /** Sends what is held (whole: with `beforeSend` and its length) and lets every later call through. */
  const release = (whole: boolean) => {
    releasing = true;
    if (whole) {
      const body = Buffer.concat(held);
      beforeSend?.(body);
      res.setHeader("Content-Length", body.length);
    }
    writeHead(res.statusCode);
    for (const chunk of held.splice(0)) write(chunk);
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (releasing) return writeHead(status, ...rest);
    // Headers given here (Next's, the not-found swap's) join those set before, so that they leave when the body does.
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) holding ??= false; // the raw [name, value, …] form: left to Node
    if (typeof rest[0] === "string") res.statusMessage = rest[0];
    res.statusCode = status;
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string);
    return isHeld() ? res : writeHead(status);
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    if (releasing || !isHeld()) flushHeaders();
  };
  /** Keeps a piece of the body, or sends all of it on as it came once it outgrows maxBytes. */
  const hold = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    held.push(buffer);
    heldBytes += buffer.length;
    if (heldBytes > maxBytes) release(false);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (releasing || !isHeld()) return write(chunk, ...rest);
    hold(chunk, rest[0]);
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (releasing || !isHeld()) return end(...args);
    const callback = args.find((arg) => typeof arg === "function");
    if (typeof args[0] !== "function") hold(args[0], args[1]);
    if (!releasing) release(true);
    return end(callback);
  }) as typeof res.end;
}
