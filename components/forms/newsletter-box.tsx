import { newsletterSummary } from "@/lib/forms/fields";
import { SignupForm } from "./signup-form";

/**
 * The newsletter invitation shown in the footer of every page and at the end of every chapter: a plain
 * server-rendered form, so it adds no JavaScript to the page it sits on.
 */
export function NewsletterBox({ idPrefix, headingLevel = 2 }: { idPrefix: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${idPrefix}-title`} className="no-print max-w-md">
      <Heading id={`${idPrefix}-title`} className="text-lg font-semibold text-fg">
        Get the newsletter
      </Heading>
      <p className="mt-1 mb-4 text-sm text-fg-muted">
        {newsletterSummary} Confirm with one link; leave with one click.
      </p>
      <SignupForm idPrefix={idPrefix} />
    </section>
  );
}
