import { beforeAll, describe, expect, it } from "vitest";
import { compileChapterSource } from "@/lib/content/compile";
import { loadContent, type ContentResult } from "@/lib/content/load";
import { getShareableSections, previewText } from "@/lib/sections";

// What a link unfurler shows under a shared section's title (og:description), read from the chapter's text.

let content: ContentResult;
beforeAll(async () => {
  content = await loadContent(process.cwd(), { includeDrafts: true });
});

const frontmatter = "---\ntitle: Previews\ndescription: A fixture chapter for section previews.\norder: 90\nupdated: 2026-04-17\n---\n\n";
async function previews(body: string) {
  const { analysis } = await compileChapterSource("content/guides/previews.mdx", frontmatter + body);
  return (id: string) => previewText(analysis!.sections.find((section) => section.id === id)!);
}

describe("section previews", () => {
  it("describe a section that opens with its list by that list, introduced by its title", async () => {
    const preview = await previews(
      [
        "## Skills {#skills}\n\nYour team needs both sets of skills below.\n",
        "### Hard skills {#hard}\n\n- Machine learning frameworks\n- MLOps toolchains\n",
        "### Questions first {#questions}\n\n- Will they set the strategy?\n- Will they carry it out?\n\nIf your answers point to strategy, you are hiring an architect.\n",
      ].join("\n"),
    );
    // It had no paragraph, so it previewed as the chapter's description: the same words as the chapter and its other lists.
    expect(preview("hard")).toBe("Hard skills: machine learning frameworks and MLOps toolchains.");
    // A paragraph after the list still leads.
    expect(preview("questions")).toBe("If your answers point to strategy, you are hiring an architect.");
  });

  it("list every item a lead-in promises when the items open with bold words and a comma", async () => {
    const preview = await previews(
      "## Habits {#habits}\n\nThree habits keep AI teams moving:\n\n- **CI/CD pipelines**, so the team can release fast, with tests driving each release.\n- **MLOps**, to manage each model through its life.\n- **Working across disciplines**, so no team works in a silo.\n",
    );
    // Cut after the first item's sentence, the preview had named one habit of the three.
    expect(preview("habits")).toBe("Three habits keep AI teams moving: CI/CD pipelines, MLOps, and working across disciplines.");
  });

  it("list the labels of the items a short first paragraph announces, rather than end on the first bare label", async () => {
    const preview = await previews(
      "## Steps {#steps}\n\nThe work passes from the architect to the engineers in three steps.\n\n1. **Decide.** The architect sets the course: the frameworks and the key design choices.\n2. **Build.** Engineers turn that design into features.\n3. **Keep it running.** Engineers keep it reliable from day to day.\n",
    );
    // It had read "…in three steps. Decide. The architect sets the course: the frameworks and the key design…".
    expect(preview("steps")).toBe("The work passes from the architect to the engineers in three steps: decide, build, and keep it running.");
  });

  it("drop a long lead-in's first sentences rather than cut its first item mid-phrase", async () => {
    const preview = await previews(
      "## Past titles {#past-titles}\n\nA resume shows what someone was called, not what they built. Good vetting goes well past titles and degrees, and tests three things:\n\n- **Hands-on system experience.** Did it go live?\n- **Business fit.** Did it serve the business?\n- **Delivery record.** Did it ship?\n",
    );
    // It had read "…and tests three things: hands-on system…".
    expect(preview("past-titles")).toBe("Good vetting goes well past titles and degrees, and tests three things: hands-on system experience, business fit, and delivery record.");
  });

  it("differ from section to section in every chapter, and from the chapter's own description", () => {
    for (const chapter of content.chapters) {
      const seen = new Map<string, string>();
      for (const section of getShareableSections(chapter)) {
        const where = `${chapter.slug}/${section.id}`;
        expect(section.description, where).not.toBe(chapter.frontmatter.description);
        expect(seen.get(section.description), `${where} previews like ${chapter.slug}/${seen.get(section.description)}`).toBeUndefined();
        seen.set(section.description, section.id);
      }
    }
  });
});
