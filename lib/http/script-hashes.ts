import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";
import { themeScript } from "../theme-script";

/** The script types a browser runs; any other (application/ld+json, the pages' structured data) is a data block. */
const runnable = /^(?:module|(?:text|application)\/(?:x-)?(?:java|ecma)script)?$/i;

/**
 * The inline scripts Next 16 writes into a page, each a call that hands over one JSON value: the flight data
 * that hydrates the page (`self.__next_f`) and Turbopack's list of the page's chunks. Only the argument varies.
 */
const dataCalls = [
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(([\s\S]*)\)$/,
  /^self\.__next_f\.push\(([\s\S]*)\)$/,
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);$/,
];

/**
 * Whether an inline script is one the site writes: the theme script, or one of Next's data calls whose argument
 * is plain JSON (so it can hold data, never code). A script injected into a page's markup matches neither.
 */
export function isSiteScript(text: string): boolean {
  if (text === themeScript) return true;
  for (const call of dataCalls) {
    const argument = call.exec(text)?.[1];
    if (argument === undefined) continue;
    try {
      JSON.parse(argument);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** A page's inline scripts, split into the hash sources of the site's own and the count of any other. */
export interface PageScripts {
  /** `'sha256-…'` of each of the site's inline scripts, once each, in page order. */
  hashes: string[];
  /** How many inline scripts are not the site's (see isSiteScript): left out of the policy, so they do not run. */
  foreign: number;
}

/**
 * Reads the inline scripts of a page's HTML, for a Content-Security-Policy that names the site's own by hash
 * (lib/http/security-headers.ts), where 'unsafe-inline' lets any run. A script's content is raw text (no
 * character references are decoded in it), so the hash is taken of the text as it stands between its tags, in
 * UTF-8, as the browser takes it. htmlparser2 finds where each script ends as a browser does (`</script` in
 * any case), which a regular expression gets wrong at the edges.
 */
export function pageScripts(html: string): PageScripts {
  const hashes = new Set<string>();
  let foreign = 0;
  /** The text of the inline script being read, in the pieces the parser hands over; undefined outside one. */
  let pieces: string[] | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "script" && attributes.src === undefined && runnable.test((attributes.type ?? "").trim())) pieces = [];
      },
      ontext(text) {
        pieces?.push(text);
      },
      onclosetag(name) {
        if (name !== "script" || !pieces) return;
        const text = pieces.join("");
        pieces = undefined;
        if (isSiteScript(text)) hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
        else foreign++;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return { hashes: [...hashes], foreign };
}
