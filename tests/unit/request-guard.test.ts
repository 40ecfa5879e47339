import { describe, expect, it } from "vitest";
import { guardRequest } from "@/lib/server/request-guard";

const status = (method: string, url: string) => {
  const verdict = guardRequest({ method, url });
  return verdict.kind === "reply" ? verdict.status : verdict.kind;
};

describe("request guard", () => {
  it("passes reads of pages, files and searches", () => {
    for (const url of ["/", "/vetting", "/vetting/architect-questions", "/search?q=%", "/_next/static/chunks/a.js", "/api/subscribe"]) {
      expect(status("GET", url), url).toBe("pass");
      expect(status("HEAD", url), url).toBe("pass");
    }
  });

  it("answers malformed %-escapes and encoded nulls with 400, in any method", () => {
    for (const url of ["/%", "/%zz", "/vetting%E0%A4", "/vetting/%", "/_next/static/%", "/%00", "/a%2500b%00"]) {
      expect(status("GET", url), url).toBe(400);
    }
    expect(status("GET", "/caf%C3%A9")).toBe("pass");
  });

  it("refuses a request line that names a whole address instead of a path", () => {
    for (const url of ["http://evil.example/priv%61cy", "https://guide.example/vetting", "*"]) expect(status("GET", url), url).toBe(400);
  });

  it("sends an address with %-escaped letters, digits, '-', '_' or '~' to its plain spelling, query kept", () => {
    expect(guardRequest({ method: "GET", url: "/priv%61cy" })).toEqual({ kind: "redirect", location: "/privacy" });
    expect(guardRequest({ method: "GET", url: "/%76etting/%61rchitect%2Dquestions?x=%61" })).toEqual({ kind: "redirect", location: "/vetting/architect-questions?x=%61" });
    expect(guardRequest({ method: "POST", url: "/api/sub%73cribe" })).toEqual({ kind: "redirect", location: "/api/subscribe" });
    // Escapes that are not letters stay: "." (a ".." would change the path), "/", spaces, non-ASCII.
    for (const url of ["/vetting%2Fx", "/a%20b", "/caf%C3%A9", "/.well-known/security.txt", "/a..b/c."]) expect(status("GET", url), url).toBe("pass");
    // Never to another site: "//%65vil.example" decoded is "//evil.example" (protocol-relative), "/\\%65vil" too.
    for (const url of ["//%65vil.example/x?y=1", "/\\%65vil.example", "//%2F%65vil.example"]) expect(guardRequest({ method: "GET", url }), url).toEqual({ kind: "not-found" });
  });

  it("resolves '.' and '..' segments, plain or %-escaped, as a browser would, before any other check: to the resolved path, or the 404 for an internal page", () => {
    const verdict = (url: string, method = "GET") => guardRequest({ method, url });
    expect(verdict("/x/../vetting/missing-section")).toEqual({ kind: "redirect", location: "/vetting/missing-section" });
    expect(verdict("/vetting/%2e%2e?q=1")).toEqual({ kind: "redirect", location: "/?q=1" });
    expect(verdict("/_next/./static/chunks/a.css")).toEqual({ kind: "redirect", location: "/_next/static/chunks/a.css" });
    expect(verdict("/md/.%2E/vetting.md")).toEqual({ kind: "redirect", location: "/vetting.md" });
    expect(verdict("/../../etc/passwd")).toEqual({ kind: "redirect", location: "/etc/passwd" });
    for (const url of ["/./_global-error", "/x/%2e%2e/_global-error", "/%2E/_not-found", "/x/..//evil.example"]) expect(verdict(url), url).toEqual({ kind: "not-found" });
    // A form posted to such an address keeps its method and body through the 308, to the handler it names.
    expect(verdict("/api/./subscribe", "POST")).toEqual({ kind: "redirect", location: "/api/subscribe" });
  });

  it("refuses methods a page or file does not accept with 405 and says which it does", () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "CONNECT", "PROPFIND", "POST"]) {
      const verdict = guardRequest({ method, url: "/vetting" });
      expect(verdict, method).toMatchObject({ kind: "reply", status: 405, allow: "GET, HEAD" });
    }
    expect(status("POST", "/vetting/opengraph-image")).toBe(405);
    expect(status("POST", "/_next/static/chunks/a.js")).toBe(405);
  });

  it("lets POST reach the route handlers under /api/ (forms), and answers OPTIONS with what is allowed", () => {
    expect(status("POST", "/api/subscribe")).toBe("pass");
    expect(guardRequest({ method: "OPTIONS", url: "/api/subscribe" })).toMatchObject({ status: 204, allow: "GET, HEAD, POST" });
    expect(guardRequest({ method: "OPTIONS", url: "/vetting" })).toMatchObject({ status: 204, allow: "GET, HEAD" });
  });

  it("sends a chapter's Markdown written in capitals (/vetting.MD) to the 404, as /VETTING.md is: one spelling of each address", () => {
    for (const url of ["/vetting.MD", "/vetting.Md", "/vetting.mD?x=1"]) expect(status("GET", url), url).toBe("not-found");
    expect(status("GET", "/vetting.md")).toBe("pass");
  });

  it("sends Next's internal pages to the site's 404", () => {
    expect(status("GET", "/_global-error")).toBe("not-found");
    expect(status("GET", "/_not-found")).toBe("not-found");
    expect(status("GET", "/_next/static/chunks/a.js")).toBe("pass");
  });
});

describe("unknown /api/ addresses", () => {
  // What the build's route manifest says (lib/server/build-output.ts; checked against a real build in hostile.spec.ts).
  const isApiRoute = (path: string) => path === "/api/subscribe";

  it("answers a POST to an unknown /api/ address with 404 before Next sees it, and sends reads to the 404 page", () => {
    expect(guardRequest({ method: "POST", url: "/api/nothing" }, isApiRoute)).toMatchObject({ kind: "reply", status: 404 });
    expect(guardRequest({ method: "PUT", url: "/api/nothing?x=1" }, isApiRoute)).toMatchObject({ kind: "reply", status: 404 });
    expect(guardRequest({ method: "GET", url: "/api/nothing" }, isApiRoute)).toEqual({ kind: "not-found" });
    expect(guardRequest({ method: "POST", url: "/api/subscribe" }, isApiRoute)).toEqual({ kind: "pass" });
    expect(guardRequest({ method: "PUT", url: "/api/subscribe" }, isApiRoute)).toMatchObject({ kind: "reply", status: 405 });
  });
});
