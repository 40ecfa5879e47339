import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { SalaryBands } from "@/components/mdx/salary-bands";
import { formatDate } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { marketNotes } from "@/lib/salary-bands";

export const metadata: Metadata = pageMetadata({
  title: "Salary benchmarks: AI Architect vs Software Engineer",
  description: "US annual base salary bands for AI Architects and Software Engineers, with sources and dates, plus what offshore and nearshore hiring changes.",
  path: "/salaries",
  image: "/opengraph-image",
});

export default function SalariesPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight md:text-4xl">Salary benchmarks</h1>
      <p className="mt-4 text-lg text-fg-muted">
        What the market pays each role, drawn on one scale so you can compare them at a glance. Elite AI Architects are
        scarce and paid a premium; engineering is easier to source.
      </p>
      <SalaryBands showAnchors />
      <h2 className="mt-12 text-2xl font-semibold tracking-tight">Beyond the US bands</h2>
      {marketNotes.map((note) => (
        <section key={note.id} id={note.id} aria-labelledby={`${note.id}-title`} className="mt-4 rounded-xl border border-border p-5">
          <h3 id={`${note.id}-title`} className="font-semibold">{note.title}</h3>
          <p className="mt-2">{note.text}</p>
          <p className="mt-2 text-xs text-fg-muted">
            Source: {note.source.name}, as of {formatDate(note.source.asOf)}.
          </p>
        </section>
      ))}
      <p className="mt-10">
        How to use these figures when you decide between building, buying and hiring:{" "}
        <AppLink className="font-semibold text-accent underline underline-offset-4" href="/sourcing-and-cost">
          Sourcing and cost
        </AppLink>
        .
      </p>
    </main>
  );
}
