import { describe, expect, it, vi } from "vitest";
import { bandAnchor, printHref } from "@/lib/routes";

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
    vi.unstubAllEnvs();
  });

  it("defaults the origin to localhost:3000", async () => {
    vi.stubEnv("SITE_URL", undefined);
    vi.resetModules();
    const { siteOrigin } = await import("@/lib/site");
    expect(siteOrigin).toBe("http://localhost:3000");
    vi.unstubAllEnvs();
  });
});
