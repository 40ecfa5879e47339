import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { SalaryBands } from "@/components/mdx/salary-bands";
import { ScrollBoxFocus } from "@/components/scroll-box-focus.client";
import { salariesNextStep } from "@/lib/data/shortcuts";
import { pageMetadata, salariesCardImage, salariesTitle } from "@/lib/metadata";
import { bandLabel, formatSourceDate, marketNotes, mixesRegions, salaryBands } from "@/lib/salary-bands";
import { site } from "@/lib/site";

export const metadata: Metadata = pageMetadata({
  title: salariesTitle,
  description: "What AI Architects and Software Engineers are paid a year, with the source and its date, and what offshore and nearshore hiring changes.",
  path: "/salaries",
  image: salariesCardImage,
});

// The bands need not share a region (one source names none); the page says so before the chart.
const regionsDiffer = mixesRegions(salaryBands);

export default function SalariesPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight md:text-4xl">Salary benchmarks</h1>
      <p className="mt-4 text-lg text-fg-muted">
        What each role is paid a year, in the market benchmarks of {site.publisher}, which publishes this guide. They
        are drawn on one scale so you can compare them at a glance, each with its source and date; the source names no
        survey behind them.
        {regionsDiffer && ` The bands may not cover the same region (${salaryBands.map(bandLabel).join("; ")}), so read the gap between them with that in mind.`}
      </p>
      <SalaryBands showAnchors />
      <h2 className="mt-12 text-2xl font-semibold tracking-tight">Beyond these bands</h2>
      {marketNotes.map((note) => (
        <section key={note.id} id={note.id} aria-labelledby={`${note.id}-title`} className="avoid-break mt-4 rounded-xl border border-border p-5">
          <h3 id={`${note.id}-title`} className="font-semibold">{note.title}</h3>
          <p className="mt-2">{note.text}</p>
          <p className="mt-2 text-xs text-fg-muted">
            Source: {note.source.name}, {formatSourceDate(note.source)}.
          </p>
        </section>
      ))}
      <p className="mt-10">
        How to source each role:{" "}
        {salariesNextStep.map((link) => (
          <AppLink key={link.href} className="font-semibold text-accent underline underline-offset-4" href={link.href}>
            {link.text}
          </AppLink>
        ))}
        .
      </p>
      <ScrollBoxFocus />
    </main>
  );
}
