import { newsletterSummary } from "@/lib/forms/fields";
import { SignupForm } from "./signup-form";

/**
 * The newsletter invitation shown in the footer of every page and at the end of every chapter: a plain
 * server-rendered form, so it adds no JavaScript to the page it sits on.
 */
export function NewsletterBox({ idPrefix, headingLevel = 2, landmark = true, from }: { idPrefix: string; headingLevel?: 2 | 3; landmark?: boolean; from?: string }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    // A named region in the footer only: at a chapter's end it is part of the article, and two regions both
    // called "Get the newsletter" read as one landmark listed twice.
    <section aria-labelledby={landmark ? `${idPrefix}-title` : undefined} className="no-print max-w-md">
      <Heading id={`${idPrefix}-title`} className="text-lg font-semibold text-fg">
        Get the newsletter
      </Heading>
      <p className="mt-1 mb-4 text-sm text-fg-muted">
        {newsletterSummary} Confirm with one link; leave with one click.
      </p>
      <SignupForm idPrefix={idPrefix} from={from} />
    </section>
  );
}
