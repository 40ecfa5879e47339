import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";
import { listenFailure, listenPort, listenUrl } from "@/lib/server/listen";
import { builtOrigin, siteUrlWarning } from "@/lib/server/site-url";

describe("the SITE_URL warning at start", () => {
  it("reads the origin a build baked into its pages from its robots.txt", () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), "guide-dist-"));
    try {
      expect(builtOrigin(dist)).toBeUndefined();
      mkdirSync(path.join(dist, "server", "app"), { recursive: true });
      writeFileSync(path.join(dist, "server", "app", "robots.txt.body"), "User-Agent: *\nAllow: /\n\nSitemap: https://guide.example.com/sitemap.xml\n");
      expect(builtOrigin(dist)).toBe("https://guide.example.com");
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it("warns, with the command to fix it, when the build's links point at this machine", () => {
    expect(siteUrlWarning("http://localhost:3000", undefined)).toMatch(/built for http:\/\/localhost:3000[\s\S]*SITE_URL=https:\/\/guide\.example\.com npm run serve/);
    expect(siteUrlWarning("http://127.0.0.1:3100", undefined)).toContain("http://127.0.0.1:3100");
    expect(siteUrlWarning(undefined, undefined)).toContain("http://localhost:3000");
    expect(siteUrlWarning("http://localhost:3000", "https://guide.example.com")).toContain("rebuild");
    expect(siteUrlWarning("https://guide.example.com", "https://guide.example.com")).toBeUndefined();
    expect(siteUrlWarning("https://guide.example.com", "https://guide.example.com/")).toBeUndefined();
  });

  it("says when a build for this machine names another port than the server's: the links in its mails lead nowhere", () => {
    expect(siteUrlWarning("http://localhost:3000", undefined, 3735)).toContain("This server listens on port 3735, so the links in its mails lead nowhere here: build with the same PORT (PORT=3735 npm run serve).");
    expect(siteUrlWarning("http://localhost:3735", undefined, 3735)).not.toContain("listens on port");
    expect(siteUrlWarning("https://guide.example.com", undefined, 3735)).toBeUndefined(); // behind a proxy
  });

  it("says nothing when SITE_URL is unset at start of a build made for a public address: the build's address is used", () => {
    expect(siteUrlWarning("https://guide.example.com", undefined)).toBeUndefined();
    expect(siteUrlWarning("https://guide.example.com", "")).toBeUndefined();
  });

  it("warns when SITE_URL at start names another address than the build's, and says a rebuild moves the site", () => {
    const warning = siteUrlWarning("https://guide.example.com", "https://new.example.org");
    expect(warning).toMatch(/SITE_URL is https:\/\/new\.example\.org, but this site was built for https:\/\/guide\.example\.com/);
    expect(warning).toContain("SITE_URL=https://new.example.org npm run serve");
  });
});

describe("security headers", () => {
  it("send HSTS and upgrade insecure requests only for an https origin", () => {
    const names = (origin: string) => securityHeaders({ siteOrigin: origin, dev: false }).map((h) => h.key);
    expect(names("https://guide.example.com")).toContain("Strict-Transport-Security");
    // Only this host: an apex SITE_URL must not force HTTPS on the company's other subdomains.
    expect(securityHeaders({ siteOrigin: "https://example.com", dev: false }).find((h) => h.key === "Strict-Transport-Security")?.value).toBe("max-age=63072000");
    expect(names("http://localhost:3000")).not.toContain("Strict-Transport-Security");
    expect(contentSecurityPolicy({ siteOrigin: "https://guide.example.com", dev: false })).toContain("upgrade-insecure-requests");
  });

  it("allow eval only under next dev (React Refresh needs it), never in production", () => {
    expect(contentSecurityPolicy({ siteOrigin: "http://localhost:3000", dev: false })).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ siteOrigin: "http://localhost:3000", dev: true })).toContain("'unsafe-eval'");
  });
});

describe("where the server listens", () => {
  it("takes PORT as a whole number from 1 to 65535; unset or empty is 3000; anything else is refused with the value", () => {
    expect(listenPort(undefined)).toEqual({ port: 3000 });
    expect(listenPort("")).toEqual({ port: 3000 });
    expect(listenPort(" 8080 ")).toEqual({ port: 8080 });
    for (const bad of ["abc", "0", "-1", "65536", "80.5", "3000abc", "0x1068", "4201.0", "1e3"]) expect(listenPort(bad), bad).toEqual({ problem: expect.stringContaining(`"${bad}"`) });
  });

  it("prints a URL a browser can open: localhost for all interfaces, IPv6 in brackets", () => {
    expect(listenUrl(undefined, 3000)).toBe("http://localhost:3000");
    expect(listenUrl("0.0.0.0", 80)).toBe("http://localhost:80");
    expect(listenUrl("::1", 3325)).toBe("http://[::1]:3325");
    expect(listenUrl("127.0.0.1", 3000)).toBe("http://127.0.0.1:3000");
  });

  it("says what to do when the port is taken or the host is not this machine's", () => {
    const taken = Object.assign(new Error("listen EADDRINUSE"), { code: "EADDRINUSE" });
    expect(listenFailure(taken, undefined, 3000)).toBe("✗ The server cannot listen on all interfaces, port 3000: another program already listens there. Stop it, or set PORT to a free port.");
    const elsewhere = Object.assign(new Error("listen EADDRNOTAVAIL"), { code: "EADDRNOTAVAIL" });
    expect(listenFailure(elsewhere, "10.9.9.9", 80)).toContain("Unset HOSTNAME");
  });
});
