import { site } from "@/lib/site";

/** Where a problem page sends the reader to put it right (besides the home page). */
export interface ProblemLink {
  href: string;
  text: string;
}

/** What a form handler decided; `formEndpoint` turns it into a response for a browser form or for fetch. */
export type Outcome =
  /** Success: 303 See Other to a result page (a reload never posts twice). */
  | { kind: "done"; to: string }
  /** Bad input: back to the form with messages and what was typed (`to` carries the sealed draft). */
  | { kind: "invalid"; to: string; errors: Record<string, string> }
  /** Refused or failed: a readable page with this status. */
  | { kind: "problem"; status: number; title: string; message: string; next?: ProblemLink }
  /** Plain text, for machine clients (RFC 8058 one-click unsubscribe). */
  | { kind: "text"; status: number; body: string };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const noStore = { "Cache-Control": "no-store" };

/** A small, self-contained HTML page (no scripts, no styles to load) for refusals such as 429 or 413. */
export function problemPage(status: number, title: string, message: string, next?: ProblemLink): Response {
  const nextLink = next ? `<p><a href="${escapeHtml(next.href)}">${escapeHtml(next.text)}</a></p>\n` : "";
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(site.shortName)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>
${nextLink}<p><a href="/">Back to ${escapeHtml(site.shortName)}</a></p></main></body></html>
`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", ...noStore } });
}

/** 303 to a same-site path (relative Location: no trust in the Host header needed). */
export function seeOther(to: string): Response {
  return new Response(null, { status: 303, headers: { Location: to, ...noStore } });
}

/** The outcome as a response: HTML and redirects for a plain form post, JSON when the client leaf asked for it. */
export function respond(outcome: Outcome, wantsJson: boolean): Response {
  if (outcome.kind === "text") {
    return new Response(outcome.body, { status: outcome.status, headers: { "Content-Type": "text/plain; charset=utf-8", ...noStore } });
  }
  if (wantsJson) {
    const [status, body] =
      outcome.kind === "done"
        ? [200, { ok: true, redirect: outcome.to }]
        : outcome.kind === "invalid"
          ? [422, { ok: false, errors: outcome.errors }]
          : [outcome.status, { ok: false, title: outcome.title, message: outcome.message }];
    return Response.json(body, { status, headers: noStore });
  }
  if (outcome.kind === "problem") return problemPage(outcome.status, outcome.title, outcome.message, outcome.next);
  return seeOther(outcome.to);
}

/** Shorthand for a problem outcome. */
export function problem(status: number, title: string, message: string, next?: ProblemLink): Outcome {
  return { kind: "problem", status, title, message, next };
}
