import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { documentTitle, pageMetadata } from "@/lib/metadata";
import { getShareableSections } from "@/lib/sections";
import { absoluteUrl } from "@/lib/site";

/** The title the browser shows, as Next applies the layout's template to a plain string. */
const shown = (title: string | { absolute: string }) => (typeof title === "string" ? `${title} · AI Hiring Guide` : title.absolute);

describe("document titles", () => {
  it("keep the site's name when it fits in 60 characters", () => {
    expect(shown(documentTitle(["Vetting candidates"]))).toBe("Vetting candidates · AI Hiring Guide");
  });

  it("drop the site's name, then the chapter, rather than run past 60 characters", () => {
    expect(shown(documentTitle(["Warning signs to watch for", "Vetting candidates"]))).toBe("Warning signs to watch for – Vetting candidates");
    expect(shown(documentTitle(["Fractional architects, when you cannot hire full time", "Team composition"]))).toBe(
      "Fractional architects, when you cannot hire full time",
    );
  });

  it("every chapter and section page of the guide has a title of at most 60 characters, or its section's own title", async () => {
    const { chapters } = await loadContent(process.cwd());
    const titles = chapters.flatMap((chapter) => {
      const nav = chapter.frontmatter.navTitle ?? chapter.frontmatter.title;
      return [
        { own: chapter.frontmatter.title, title: shown(documentTitle([chapter.frontmatter.title])) },
        ...getShareableSections(chapter).map((section) => ({ own: section.title, title: shown(documentTitle([section.title, nav])) })),
      ];
    });
    expect(titles.length).toBeGreaterThan(20);
    for (const { own, title } of titles) {
      expect(title.startsWith(own), title).toBe(true);
      expect(title.length <= 60 || title === own, title).toBe(true);
    }
  });
});

describe("preview card addresses", () => {
  it("change when the card's words change, so link unfurlers that keep a card by its address fetch the new one", () => {
    const cardUrl = (alt: string) => {
      const { openGraph } = pageMetadata({ title: "Vetting", description: "How to vet.", path: "/vetting", image: { path: "/vetting/opengraph-image", alt } });
      return (openGraph as { images: { url: string }[] }).images[0].url;
    };
    const before = cardUrl("Chapter 5: Vetting AI Architects and Software Engineers");
    expect(before.startsWith(absoluteUrl("/vetting/opengraph-image?"))).toBe(true);
    expect(cardUrl("Chapter 5: Vetting candidates")).not.toBe(before);
  });
});
