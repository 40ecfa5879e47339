import { expect, it } from "vitest";
import { renderOgCard } from "@/components/og-card";
import { missingCardGlyphs } from "@/lib/card-font";
import { getAllChapters } from "@/lib/chapters";
import { faqEntries } from "@/lib/faq";
import { homeCard, salariesTitle } from "@/lib/metadata";
import { sectionCardKicker, chapterKicker } from "@/lib/schemas/article";
import { getShareableSections } from "@/lib/sections";
import { site } from "@/lib/site";
import { tools } from "@/lib/tools/catalog";
import { checkedCopy, contentProblems, editChapter } from "../support/check-cli";

// The preview cards are drawn with Inter's Latin set (public/fonts). For any other character next/og fetches a
// font from Google Fonts, or an emoji from a CDN, while rendering: a third-party request, and offline a card
// with a box or no answer at all.

const slips = checkedCopy("guide-card-glyphs-", (copy) => {
  editChapter(copy, "vetting", "title: Vetting AI Architects and Software Engineers", "title: Vetting AI Architects → Software Engineers");
  editChapter(copy, "vetting", "## Check references {#reference-checks}", "## Check references 🚀 {#reference-checks}");
  editChapter(copy, "vetting", "navTitle: Vetting candidates", "navTitle: Vetting ❤️ candidates"); // an emoji with its selector: one character
});
const { lineOf } = slips;

it("refuses a title or heading the preview card cannot draw, at its line, naming the characters", () => {
  expect(slips.run.code).toBe(1);
  const hint = '(the preview cards\' font (Inter\'s Latin set) has no glyph for it: write it in words (→ as "to", ≥ as "at least") or leave it out)';
  expect(contentProblems(slips.run)).toEqual([
    `content/guides/vetting.mdx:${lineOf("vetting", "title: Vetting")}:1  title: "→" (U+2192) cannot be drawn on the chapter's preview card  ${hint}`,
    `content/guides/vetting.mdx:${lineOf("vetting", "navTitle:")}:1  navTitle: "❤️" (U+2764 U+FE0F) cannot be drawn on its sections' preview cards  ${hint}`,
    `content/guides/vetting.mdx:${lineOf("vetting", "## Check references")}:1  heading "Check references 🚀": "🚀" (U+1F680) cannot be drawn on its share link's preview card  ${hint}`,
  ]);
});

it("draws every preview card the site has with glyphs of its own font", async () => {
  const texts = [homeCard.kicker, homeCard.title, salariesTitle, site.shortName, site.publisher, ...tools.map((tool) => tool.title)];
  for (const chapter of await getAllChapters()) {
    texts.push(chapter.frontmatter.title, chapterKicker(chapter.frontmatter), sectionCardKicker(chapter.frontmatter));
    texts.push(...getShareableSections(chapter).map((section) => section.title));
  }
  texts.push(...faqEntries.map((entry) => entry.question));
  expect(texts.length).toBeGreaterThan(50);
  expect(texts.filter((text) => missingCardGlyphs(text).length > 0)).toEqual([]);
});

it("renders a card whose text the font cannot draw without fetching anything, leaving those characters out", async () => {
  const fetched: string[] = [];
  const realFetch = globalThis.fetch;
  // next/og loads its WebAssembly from data: URLs through fetch; anything else would leave the machine.
  globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith("data:")) return realFetch(input, init);
    fetched.push(url);
    return Promise.reject(new Error("no network in this test"));
  };
  try {
    const response = await renderOgCard({ kicker: "Chapter 5 ✓", title: "Build → buy 🚀 hire,\u202fnow\u2003or later" });
    const png = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(fetched).toEqual([]);
  } finally {
    globalThis.fetch = realFetch;
  }
});
