import { DomUtils, parseDocument } from "htmlparser2";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, it } from "vitest";
import { Figure } from "@/components/mdx/figure";

// <Figure> is registered for editors, but no chapter shows one yet: what the first one will give readers.
it("draws a sized, lazily loaded image with its alt text, and its caption under it", () => {
  const dom = parseDocument(renderToStaticMarkup(<Figure src="/images/team.png" alt="Four roles around one AI product" caption="The team" width={1200} height={675} />));
  const figure = DomUtils.findOne((el) => el.name === "figure", dom.children)!;
  const img = DomUtils.findOne((el) => el.name === "img", figure.children)!;
  expect([img.attribs.src, img.attribs.alt, img.attribs.width, img.attribs.height, img.attribs.loading]).toEqual(["/images/team.png", "Four roles around one AI product", "1200", "675", "lazy"]);
  expect(DomUtils.textContent(DomUtils.findOne((el) => el.name === "figcaption", figure.children)!)).toBe("The team");
  expect(renderToStaticMarkup(<Figure src="/images/team.png" alt="A team" width={10} height={10} />)).not.toContain("figcaption");
});
