import { AppLink } from "@/components/app-link";
import type { Metadata } from "next";
import { getAllChapters } from "@/lib/chapters";
import { firstQuestion, homeQuestions } from "@/lib/data/shortcuts";
import { homeCardImage, pageMetadata } from "@/lib/metadata";
import { chapterPath, toolPath } from "@/lib/routes";
import { tools } from "@/lib/tools/catalog";
import { JsonLd } from "@/components/json-ld";
import { absoluteUrl, site } from "@/lib/site";
import { pagePaths } from "@/lib/routes";
import { chapterKicker } from "@/lib/schemas/article";

export const metadata: Metadata = pageMetadata({ title: site.name, description: site.description, path: "/", image: homeCardImage });


/**
 * A card (a tool, a chapter) is a box whose title link covers all of it (`after:inset-0` in the `relative` box):
 * the whole card is clickable, while the link's name is the title alone, not the description and reading time
 * too, and a screen reader can move from card to card by heading.
 */
const card = "group relative flex h-full flex-col rounded-xl border border-border p-5 focus-within:border-accent hover:border-accent";
const cardLink = "after:absolute after:inset-0 group-hover:text-accent";

export default async function HomePage() {
  const chapters = await getAllChapters();
  const first = chapters[0];
  return (
    <main id="main" tabIndex={-1} className="focus:outline-none">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebSite",
          name: site.name,
          url: absoluteUrl("/"),
          publisher: { "@type": "Organization", name: site.publisher },
        }}
      />
      {/* Hero */}
      <section className="border-b border-border bg-bg-subtle">
        <div className="mx-auto max-w-5xl px-4 py-16 sm:px-6 md:py-24">
          <p className="mb-3 text-sm font-semibold text-accent">A hiring guide for CTOs, founders and hiring managers</p>
          <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-balance md:text-5xl">
            AI Architect or Software Engineer? Know which work needs which, and hire for it.
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-fg-muted md:text-xl">
            Getting this choice wrong can cost millions in technical debt and a late start in your market, in the view of{" "}
            {site.publisher}, which publishes this guide. This guide explains what each role owns, how to build the team around them, how to vet candidates and what they cost.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {first && (
              <AppLink href={chapterPath(first.slug)} className="max-w-full rounded-lg bg-accent px-5 py-3 font-semibold text-on-accent hover:bg-accent-hover">
                Start reading
              </AppLink>
            )}
            <AppLink href="#chapters" className="rounded-lg border border-border-strong px-5 py-3 font-semibold hover:border-accent">
              See all chapters
            </AppLink>
          </div>
        </div>
      </section>

      {/* The first question, answered in three sentences (same words as the first chapter's opening) */}
      <section aria-labelledby="first-question" className="mx-auto max-w-5xl px-4 pt-14 sm:px-6">
        <h2 id="first-question" className="text-2xl font-semibold tracking-tight">{firstQuestion.question}</h2>
        {/* The chapters' measure and leading (60–75 characters a line): at max-w-3xl it ran to about 95. */}
        <p className="mt-4 max-w-[60ch] text-lg leading-[1.65]">{firstQuestion.answer.join(" ")}</p>
        <p className="mt-4">
          <AppLink href={firstQuestion.href} className="font-semibold text-accent underline underline-offset-4">
            {firstQuestion.linkText}
          </AppLink>
          {", or "}
          <AppLink href={firstQuestion.planner.href} className="font-semibold text-accent underline underline-offset-4">
            {firstQuestion.planner.text}
          </AppLink>
          .
        </p>
      </section>

      {/* Quick answers */}
      <section aria-labelledby="quick" className="mx-auto max-w-5xl px-4 py-14 sm:px-6">
        <h2 id="quick" className="text-2xl font-semibold tracking-tight">Jump to your question</h2>
        <ul className="mt-6 grid grid-cols-1 gap-3 sm:grid-cols-2">
          {homeQuestions.map((item) => (
            <li key={item.href}>
              <AppLink href={item.href} className="block h-full rounded-lg border border-border p-4 hover:border-accent">
                <span className="font-medium">{item.text}</span> <span aria-hidden="true" className="text-accent">→</span>
              </AppLink>
            </li>
          ))}
        </ul>
      </section>

      {/* Hiring tools */}
      <section aria-labelledby="tools-title" className="mx-auto max-w-5xl px-4 pb-14 sm:px-6">
        <h2 id="tools-title" className="text-2xl font-semibold tracking-tight">Turn the guide into decisions</h2>
        <p className="mt-2 text-fg-muted">Three tools built from the same material as the chapters.</p>
        <ul className="mt-6 grid grid-cols-1 gap-4 md:grid-cols-3">
          {tools.map((tool) => (
            <li key={tool.id} className={`${card} bg-accent-soft`}>
              <h3 className="text-lg font-semibold">
                <AppLink href={toolPath(tool.id)} className={cardLink}>
                  {tool.navTitle}
                </AppLink>
              </h3>
              <p className="mt-2 text-fg-muted">{tool.description}</p>
            </li>
          ))}
        </ul>
      </section>

      {/* Chapters */}
      <section id="chapters" aria-labelledby="chapters-title" className="mx-auto max-w-5xl px-4 pb-8 sm:px-6">
        <h2 id="chapters-title" className="text-2xl font-semibold tracking-tight">The chapters</h2>
        <p className="mt-2 text-fg-muted">Read them in order, or start with the one your decision turns on.</p>
        <ol className="mt-6 grid grid-cols-1 gap-4 md:grid-cols-2">
          {chapters.map((chapter) => (
            <li key={chapter.slug} className={`${card} bg-bg-raised`}>
              <p className="text-sm font-semibold text-accent">{chapterKicker(chapter.frontmatter)}</p>
              <h3 className="mt-1 text-lg font-semibold">
                <AppLink href={chapterPath(chapter.slug)} className={cardLink}>
                  {chapter.frontmatter.title}
                </AppLink>
              </h3>
              <p className="mt-2 text-fg-muted">{chapter.frontmatter.description}</p>
              <p className="mt-3 text-sm text-fg-muted">{chapter.readingMinutes} min read</p>
            </li>
          ))}
        </ol>
      </section>

      {/* Call to action */}
      <section className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
        <div className="rounded-xl border border-border bg-accent-soft p-6 md:flex md:items-center md:justify-between md:gap-6">
          <div>
            <h2 className="text-xl font-semibold">Need a second opinion on a senior AI hire?</h2>
            <p className="mt-1 text-fg-muted">{site.publisher} offers a confidential consultation.</p>
          </div>
          <AppLink href={pagePaths.consultation} className="mt-4 inline-block max-w-full rounded-lg bg-accent px-5 py-3 font-semibold text-on-accent hover:bg-accent-hover md:mt-0">
            Request a consultation
          </AppLink>
        </div>
      </section>
    </main>
  );
}
