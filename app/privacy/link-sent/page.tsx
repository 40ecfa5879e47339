import type { Metadata } from "next";
import { AppLink } from "@/components/app-link";
import { PageShell } from "@/components/forms/page-shell";
import { pagePaths } from "@/lib/routes";

// Not "Check your inbox" alone: the newsletter's page has that title, and a reader hearing the tab could not tell them apart.
export const metadata: Metadata = { title: "Check your inbox for the deletion link", robots: { index: false } };

export default function LinkSentPage() {
  return (
    <PageShell withoutFooterSignup title="Check your inbox for the deletion link">
      <p>If we hold anything for that address, a mail with a link to delete it is on its way there.</p>
      <p>
        <AppLink className="font-semibold text-accent underline underline-offset-4" href={pagePaths.privacy}>Back to the privacy notice</AppLink>
      </p>
    </PageShell>
  );
}
