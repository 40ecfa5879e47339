import { afterEach, describe, expect, it, vi } from "vitest";
import { bandAnchor, printHref } from "@/lib/routes";

// In afterEach, not at each test's end: a failed assertion had left SITE_URL or PORT stubbed for the tests after it.
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("URL helpers", () => {
  it("builds salary anchors from role and region", () => {
    expect(bandAnchor({ role: "ai-architect", region: "US" })).toBe("ai-architect-us");
    expect(bandAnchor({ role: "software-engineer", region: "Latin America" })).toBe("software-engineer-latin-america");
  });

  it("anchors a band without a region by its role alone, never by a guessed region", () => {
    expect(bandAnchor({ role: "software-engineer" })).toBe("software-engineer");
  });

  it("points chapter links within /print when the target chapter is printed there, and leaves others alone", () => {
    const printed = new Set(["vetting", "faq"]);
    expect(printHref("/vetting", "faq", printed)).toBe("#vetting");
    expect(printHref("/vetting#warning-signs", "faq", printed)).toBe("#vetting--warning-signs");
    expect(printHref("#internal-or-external", "faq", printed)).toBe("#faq--internal-or-external");
    expect(printHref("/salaries#ai-architect-us", "faq", printed)).toBe("/salaries#ai-architect-us");
    expect(printHref("/", "faq", printed)).toBe("/");
    expect(printHref("https://example.com/vetting", "faq", printed)).toBe("https://example.com/vetting");
  });

  it("makes absolute URLs on the origin from SITE_URL, without doubled slashes", async () => {
    vi.stubEnv("SITE_URL", "https://guide.example.com/");
    vi.resetModules();
    const { absoluteUrl, siteOrigin } = await import("@/lib/site");
    expect(siteOrigin).toBe("https://guide.example.com");
    expect(absoluteUrl("/vetting/warning-signs")).toBe("https://guide.example.com/vetting/warning-signs");
    expect(absoluteUrl("faq")).toBe("https://guide.example.com/faq");
  });

  it("refuses a SITE_URL that is not an origin, naming the value, so a build stops with a clear message", async () => {
    const { originFrom } = await import("@/lib/site");
    expect(originFrom("https://Guide.Example.com:443/")).toBe("https://guide.example.com");
    expect(originFrom("http://localhost:3100")).toBe("http://localhost:3100");
    for (const bad of ["guide.example.com", "ftp://guide.example.com", "https://guide.example.com/guide", "https://guide.example.com/?x=1", "https://user:pw@guide.example.com"]) {
      expect(() => originFrom(bad), bad).toThrow(`SITE_URL must be the site's public origin, like https://guide.example.com (http or https, a host, no path); it is "${bad}".`);
    }
  });

  it("refuses a REPO_URL that is not a web address, naming the value, so a build stops before making dead 'Edit this page' links", async () => {
    const { repositoryUrlFrom } = await import("@/lib/site");
    expect(repositoryUrlFrom("https://github.com/owner/guide/")).toBe("https://github.com/owner/guide");
    for (const bad of ["github.com/owner/guide", "git@github.com:owner/guide.git", "ftp://example.com/guide", "https://github.com/owner/guide?tab=1"]) {
      expect(() => repositoryUrlFrom(bad), bad).toThrow(`REPO_URL must be the repository's web address, like https://github.com/owner/repository; it is "${bad}".`);
    }
  });

  it("defaults the origin to localhost:3000", async () => {
    vi.stubEnv("SITE_URL", undefined);
    vi.stubEnv("PORT", undefined);
    vi.resetModules();
    const { siteOrigin } = await import("@/lib/site");
    expect(siteOrigin).toBe("http://localhost:3000");
  });

  it("builds without SITE_URL for the port PORT names, as `PORT=3001 npm run serve` gives it to the build: mail links open the server", async () => {
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("PORT", "3735");
    vi.resetModules();
    const { default: config } = await import("@/next.config");
    expect(config.env?.SITE_URL).toBe("http://localhost:3735"); // was http://localhost:3000, where nothing listened
    const { localOrigin } = await import("@/lib/site");
    for (const bad of [undefined, "", "0", "65536", "0x1068", "abc"]) expect(localOrigin(bad), String(bad)).toBe("http://localhost:3000");
  });
});
