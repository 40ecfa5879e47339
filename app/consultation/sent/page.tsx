import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/forms/page-shell";
import { referencePattern } from "@/lib/forms/handlers/consultation";
import { site } from "@/lib/site";
import { pagePaths } from "@/lib/routes";

const heading = "Thank you: your request is in";
// The tab says what the page says (a screen reader reads the title first).
export const metadata: Metadata = { title: heading, robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Result page after a consultation request. The reference is not personal data; anything else is a 404. */
export default async function ConsultationSentPage({ searchParams }: Props) {
  const { ref, copy } = await searchParams;
  if (typeof ref !== "string" || !referencePattern.test(ref)) notFound();
  return (
    <PageShell eyebrow={site.publisher} title={heading}>
      <p>
        Your reference is <strong className="font-mono">{ref}</strong>. Keep it for when the specialist writes; to add anything, answer their mail.{" "}
        {copy === "no"
          ? "We could not send you a receipt just now, but your request is saved, and a specialist will reply to the work email you gave."
          : "A receipt with this reference is on its way to the work email you gave, and a specialist will reply to that address."}
      </p>
      <p>
        <AppLink className="font-semibold text-accent underline underline-offset-4" href={pagePaths.contents}>
          Back to the guide
        </AppLink>
      </p>
    </PageShell>
  );
}
