import type { ServerResponse } from "node:http";
import { holdResponse } from "./hold-response";

/**
 * Sends a preview image whole, with its Content-Length (lib/server/hold-response.ts), where Next streams every
 * answer (flushHeaders, then chunks): a card went out chunked, without a length, and link previewers that need
 * one (Signal's drops any image without it; Slack's image proxy is reported to) showed no picture. The cards are
 * small (under 100 KB) and fetched whole anyway. A Content-Length set on the route's own Response is not enough:
 * Next still streams it. HEAD is left alone (it has no body to measure).
 */
export function sendWhole(res: ServerResponse, method: string | undefined): void {
  if (method === "GET") holdResponse(res, { holds: () => true });
}
