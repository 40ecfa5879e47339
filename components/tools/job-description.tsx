import { AppLink } from "../app-link";
import type { ResolvedJobDescription } from "@/lib/tools/job-descriptions";
import { CopyTextButton } from "./copy-text-button.client";

interface StarterProps {
  jd: ResolvedJobDescription;
  /** The starter as plain text and as Markdown (built in lib/tools/job-descriptions.ts). */
  text: string;
  markdown: string;
  /** Link text for each section a part comes from. */
  sectionNames: Record<string, string>;
}

function FromGuide({ href, sectionNames }: { href: string; sectionNames: Record<string, string> }) {
  return (
    <p className="mt-1 text-xs text-fg-muted">
      From the guide:{" "}
      <AppLink className="underline underline-offset-2 hover:text-fg" href={href}>
        {sectionNames[href] ?? href}
      </AppLink>
    </p>
  );
}

/**
 * One role's job description starter: the text itself (selectable), each part linking to the section
 * it comes from, copy buttons for plain text and Markdown, and the same two texts in <pre> blocks that
 * open without JavaScript.
 */
export function JobDescriptionStarter({ jd, text, markdown, sectionNames }: StarterProps) {
  const textId = `${jd.role}-text`;
  const markdownId = `${jd.role}-markdown`;
  const pre = "mt-3 max-h-96 overflow-y-auto whitespace-pre-wrap break-words rounded-lg bg-bg-subtle p-4 font-mono text-sm";
  return (
    <section id={jd.role} aria-labelledby={`${jd.role}-title`} className="mt-12 scroll-mt-20" data-job-description={jd.role}>
      <h2 id={`${jd.role}-title`} className="text-2xl font-semibold tracking-tight">{jd.title}</h2>
      <div className="no-print mt-3 flex flex-wrap gap-x-3 gap-y-1">
        <CopyTextButton text={text} label="Copy as text" of={jd.title} confirmation={`${jd.title} job description copied as plain text.`} fallbackId={textId} />
        <CopyTextButton text={markdown} label="Copy as Markdown" of={jd.title} confirmation={`${jd.title} job description copied as Markdown.`} fallbackId={markdownId} />
      </div>

      <div className="mt-3 rounded-xl border border-border bg-bg-raised p-5 sm:p-6">
        <p>{jd.summary}</p>
        <FromGuide href={jd.summaryHref} sectionNames={sectionNames} />
        {jd.parts.map((part) => (
          <div key={part.id} className={part.notInAd ? "mt-5 rounded-lg border border-dashed border-border-strong p-4" : "mt-5"} data-part={part.id}>
            {/* The heading first, then the note: a reader who jumps from heading to heading meets the note right after. */}
            <h3 className="font-semibold">{part.heading}</h3>
            {part.notInAd && <p className="mt-1 text-sm font-medium text-fg-muted">For you, not part of the ad (the copy buttons leave it out).</p>}
            {part.intro && <p className="mt-1">{part.intro}</p>}
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {part.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <FromGuide href={part.href} sectionNames={sectionNames} />
          </div>
        ))}
      </div>

      <details id={textId} className="no-print mt-4 rounded-lg border border-border px-4 py-2">
        <summary className="cursor-pointer font-medium">{jd.title} as plain text</summary>
        <pre className={pre} data-copy-source="text">{text}</pre>
      </details>
      <details id={markdownId} className="no-print mt-2 rounded-lg border border-border px-4 py-2">
        <summary className="cursor-pointer font-medium">{jd.title} as Markdown</summary>
        <pre className={pre} data-copy-source="markdown">{markdown}</pre>
      </details>
    </section>
  );
}
