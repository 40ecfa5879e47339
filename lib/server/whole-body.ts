import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * Holds a response until it ends, then sends it whole with its Content-Length, where Next streams every answer
 * (flushHeaders, then chunks): a preview card went out chunked, without a length, and link previewers that
 * need one (Signal's drops any image without it; Slack's image proxy is reported to) showed no picture. Used
 * for the preview images only, which are small (under 100 KB) and are fetched whole anyway; a page keeps
 * streaming. A Content-Length set on the route's own Response is not enough: Next still streams it. Hand-written
 * because no library holds a Node response for a framework that writes it itself; HEAD is left alone (it has no
 * body to measure).
 */
export function sendWhole(res: ServerResponse, method: string | undefined): void {
  if (method !== "GET") return;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const chunks: Buffer[] = [];
  let releasing = false;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
  };
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (releasing) return writeHead(status, ...rest);
    // Kept on the response until it ends: the status, a reason phrase, headers as an object or as pairs.
    res.statusCode = status;
    if (typeof rest[0] === "string") res.statusMessage = rest[0];
    const headers = rest.find((value) => typeof value === "object" && value !== null);
    if (Array.isArray(headers)) {
      const flat = headers.flat() as string[];
      for (let i = 0; i + 1 < flat.length; i += 2) res.setHeader(flat[i], flat[i + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (value !== undefined) res.setHeader(name, value);
    }
    return res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    if (releasing) flushHeaders();
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    const callback = rest.find((value) => typeof value === "function") as (() => void) | undefined;
    if (callback) queueMicrotask(callback);
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(typeof chunk === "function" ? undefined : chunk, rest[0]);
    releasing = true;
    const body = Buffer.concat(chunks);
    if (!res.headersSent) res.setHeader("Content-Length", body.length);
    const callback = [chunk, ...rest].find((value) => typeof value === "function");
    return callback ? end(body, callback) : end(body);
  }) as typeof res.end;
}
