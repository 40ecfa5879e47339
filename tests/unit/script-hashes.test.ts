import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pageScripts } from "@/lib/http/script-hashes";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { themeScript } from "@/lib/theme-script";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

// The shapes Next 16 writes (taken from a built page), with what a page's data holds at the edges: an escaped
// "</script>", a character reference (raw text in a script: hashed as written, never decoded) and non-ASCII text.
const flightStart = "(self.__next_f=self.__next_f||[]).push([0])";
const flightData = String.raw`self.__next_f.push([1,"1:[\"$\",\"p\",null,{\"children\":\"R&amp;D \u003c/script> for a naïve café\"}]\n"])`;
const chunkList = `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});`;

function page(...scripts: string[]): string {
  return `<!DOCTYPE html><html><head><script>${themeScript}</script><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Text</p>${scripts.join("")}<script type="application/ld+json">{"@type":"Article"}</script></body></html>`;
}

describe("the inline scripts a page's policy allows", () => {
  it("names the theme script and Next's data scripts by the hash of their text as written", () => {
    const { hashes, foreign } = pageScripts(page(`<script>${flightStart}</script>`, `<script>${flightData}</script>`, `<script id="_R_">${chunkList}</script>`));
    expect(hashes).toEqual([hash(themeScript), hash(flightStart), hash(flightData), hash(chunkList)]);
    expect(foreign).toBe(0);
  });

  it("leaves out a script injected into the markup, however it is dressed, and counts it", () => {
    const injected = [
      "<script>alert(1)</script>",
      "<SCRIPT>alert(2)</SCRIPT >",
      // Next's shape with code after its data, or code for its data.
      `<script>self.__next_f.push([1,"x"]);alert(3)</script>`,
      "<script>self.__next_f.push(alert(4))</script>",
      `<script type="module">import("/x.js")</script>`,
    ];
    const { hashes, foreign } = pageScripts(page(`<script>${flightStart}</script>`, ...injected));
    expect(hashes).toEqual([hash(themeScript), hash(flightStart)]);
    expect(foreign).toBe(injected.length);
  });

  it("lists a script that appears twice once, and reads no data block or external script", () => {
    const { hashes } = pageScripts(page(`<script>${flightStart}</script>`, `<script>${flightStart}</script>`));
    expect(hashes).toEqual([hash(themeScript), hash(flightStart)]);
  });
});

describe("the page policy", () => {
  const options = { siteOrigin: "https://guide.example", dev: false };
  const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src"));

  it("allows the named scripts, keeping 'unsafe-inline' only for browsers that know no hashes", () => {
    expect(scriptSrc(contentSecurityPolicy(options, ["'sha256-a'", "'sha256-b'"]))).toBe("script-src 'self' 'sha256-a' 'sha256-b' 'unsafe-inline'");
  });

  it("allows no inline script on a page that has none, and any without a page (next dev, files, a bare next start)", () => {
    expect(scriptSrc(contentSecurityPolicy(options, []))).toBe("script-src 'self'");
    expect(scriptSrc(contentSecurityPolicy(options))).toBe("script-src 'self' 'unsafe-inline'");
  });
});
