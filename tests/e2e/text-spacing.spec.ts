import { expect, test, type Page } from "@playwright/test";

/**
 * Readers who widen the spacing of text (WCAG 1.4.12: a style sheet or extension sets line height 1.5, letter
 * spacing 0.12em, word spacing 0.16em and 2em after paragraphs): nothing may be cut off or run into its neighbour.
 */

const spacing = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

/** Adds the reader's style sheet by the DOM, which works with JavaScript off too (addStyleTag does not). */
async function widenSpacing(page: Page) {
  await page.evaluate((css) => {
    const style = document.createElement("style");
    style.textContent = css;
    document.head.append(style);
  }, spacing);
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`text spacing widened, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    // The name was cut with an ellipsis ("AI Hiring Gu…" on a phone, "AI Hirin…" on a tablet) wherever the
    // header had no room to spare; it now takes a second line inside the header instead.
    test("the header shows the site's name whole, inside the header and clear of its other controls", async ({ page }) => {
      for (const width of [390, 430, 768, 820, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto("/vetting");
        await widenSpacing(page);
        const header = page.locator("header[data-site-header]");
        const name = header.locator("a[href='/'] span").first();
        const facts = await name.evaluate((el) => {
          const box = (e: Element) => e.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number };
          const bar = el.closest("header")!;
          const others = [...bar.querySelectorAll("summary, nav a, button, input")]
            .filter((e) => e.checkVisibility() && e.getBoundingClientRect().width > 0)
            .map((e) => ({ text: (e.textContent || e.getAttribute("aria-label") || e.getAttribute("placeholder") || "").trim(), box: box(e) }));
          return { cut: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight, name: box(el), header: box(bar), others };
        });
        expect(facts.name.right - facts.name.left, `${width} px: the name shows`).toBeGreaterThan(0);
        expect(facts.cut, `${width} px: the name is not cut short`).toBe(false);
        expect(facts.name.top, `${width} px: the name starts inside the header`).toBeGreaterThanOrEqual(facts.header.top);
        expect(facts.name.bottom, `${width} px: the name ends inside the header`).toBeLessThanOrEqual(facts.header.bottom);
        for (const other of facts.others) expect(overlap(facts.name, other.box), `${width} px: the name runs into "${other.text}"`).toBe(false);
      }
    });

    // Without JavaScript the header holds a search field; on tablets its placeholder read "Search the gu".
    if (!javaScriptEnabled) {
      test("the header's search field shows its placeholder whole", async ({ page }) => {
        for (const width of [768, 900, 1023, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto("/vetting");
          await widenSpacing(page);
          const field = page.locator("header[data-site-header]").getByRole("searchbox");
          const room = await field.evaluate((input: HTMLInputElement) => {
            // The placeholder's width, measured in a span set as the field's text is.
            const style = getComputedStyle(input);
            const probe = document.createElement("span");
            probe.textContent = input.placeholder;
            for (const property of ["font", "letterSpacing", "wordSpacing"] as const) probe.style[property] = style[property];
            Object.assign(probe.style, { whiteSpace: "pre", position: "absolute", width: "max-content" });
            document.body.append(probe);
            const needed = probe.getBoundingClientRect().width;
            probe.remove();
            return { needed, has: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
          });
          expect(room.needed, `${width} px`).toBeLessThanOrEqual(room.has);
        }
      });
    }
  });
}
