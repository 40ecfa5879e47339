import { describe, expect, it, vi } from "vitest";
import { bandAnchor, chapterPath, sectionSharePath } from "@/lib/routes";

describe("URL helpers", () => {
  it("builds chapter and section share paths", () => {
    expect(chapterPath("vetting")).toBe("/vetting");
    expect(sectionSharePath("vetting", "warning-signs")).toBe("/vetting/warning-signs");
  });

  it("builds salary anchors from role and region", () => {
    expect(bandAnchor({ role: "ai-architect", region: "US" })).toBe("ai-architect-us");
    expect(bandAnchor({ role: "software-engineer", region: "Latin America" })).toBe("software-engineer-latin-america");
  });

  it("anchors a band without a region by its role alone, never by a guessed region", () => {
    expect(bandAnchor({ role: "software-engineer" })).toBe("software-engineer");
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
